import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { countryOptions, useCountries } from '@/features/countries/api/get-countries';
import { ChangePasswordForm } from '@/features/profile/components/change-password-form';
import { ProfileForm } from '@/features/profile/components/profile-form';
import { useUser } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { currentLanguage } from '@/lib/i18n';

export function ProfileRoute() {
  const { t } = useTranslation('profile');
  const user = useUser();
  const countries = useCountries();
  const welcome = (useLocation().state as { notice?: string } | null)?.notice === 'welcome';
  const language = currentLanguage();
  const passwordHeading = useId();

  const body = () => {
    if (user.isError) return <ErrorAlert>{errorMessage(user.error)}</ErrorAlert>;
    // The form waits for the countries so her saved country is selected when it first renders.
    if (!user.data || countries.isPending) return <p aria-busy="true">{t('loading')}</p>;
    return (
      <>
        {countries.isError && <ErrorAlert>{t('countriesUnavailable', { reason: errorMessage(countries.error) })}</ErrorAlert>}
        <p>{t('signedInAs', { name: user.data.displayName, email: user.data.email })}</p>
        <ProfileForm profile={user.data.profile} countries={countries.data ? countryOptions(countries.data, language) : []} />
        <section className="section" aria-labelledby={passwordHeading}>
          <h2 id={passwordHeading}>{t('password.title')}</h2>
          <p className="lead">{t('password.intro')}</p>
          <ChangePasswordForm email={user.data.email} />
        </section>
      </>
    );
  };

  return (
    <Page title={t('title')} intro={t('intro')}>
      {welcome && <SuccessStatus>{t('welcome')}</SuccessStatus>}
      {body()}
    </Page>
  );
}

export default ProfileRoute;
