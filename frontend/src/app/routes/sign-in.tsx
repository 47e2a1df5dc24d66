import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths, safeRedirect } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { updateSettings } from '@/features/profile/api/update-settings';
import { meQueryKey, meQueryOptions } from '@/lib/auth';
import { currentLanguage, hasChosenLanguage, isLanguage, setLanguage } from '@/lib/i18n';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notice = (useLocation().state as { notice?: 'accountCreated' } | null)?.notice;
  const redirectTo = safeRedirect(searchParams.get('redirectTo'), paths.profile.getHref());

  // A language picked on this device wins and is saved on the account; otherwise the account's applies.
  const afterSignIn = async () => {
    try {
      const me = await queryClient.fetchQuery(meQueryOptions());
      const chosen = currentLanguage();
      if (hasChosenLanguage() && me.locale !== chosen) {
        queryClient.setQueryData(meQueryKey, await updateSettings({ displayName: me.displayName, locale: chosen }));
      } else if (isLanguage(me.locale) && me.locale !== chosen) {
        await setLanguage(me.locale);
      }
    } catch {
      // The pages she goes to load and report her account themselves.
    }
    navigate(redirectTo, { replace: true });
  };

  return (
    <Page title={t('signIn.title')}>
      {notice === 'accountCreated' && <SuccessStatus>{t('signUp.createdPleaseSignIn')}</SuccessStatus>}
      <SignInForm onSuccess={() => void afterSignIn()} />
      <p className="aside">
        {t('signIn.noAccount')} <Link to={paths.auth.signUp.getHref()}>{t('signIn.signUpLink')}</Link>
      </p>
    </Page>
  );
}

export default SignInRoute;
