import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

export function SignUpRoute() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  return (
    <Page title={t('signUp.title')} intro={t('signUp.intro')}>
      <SignUpForm
        onSuccess={({ signedIn }) =>
          signedIn
            ? navigate(paths.profile.getHref(), { replace: true, state: { notice: 'welcome' } })
            : navigate(paths.auth.signIn.getHref(), { replace: true, state: { notice: 'accountCreated' } })
        }
      />
      <p className="aside">
        {t('signUp.haveAccount')} <Link to={paths.auth.signIn.getHref()}>{t('signUp.signInLink')}</Link>
      </p>
    </Page>
  );
}

export default SignUpRoute;
