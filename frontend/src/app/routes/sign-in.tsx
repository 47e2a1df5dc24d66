import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths, safeRedirect } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useAfterSignIn } from '../use-after-sign-in';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  const [searchParams] = useSearchParams();
  const afterSignIn = useAfterSignIn();
  const notice = (useLocation().state as { notice?: 'accountCreated' } | null)?.notice;
  const redirectTo = safeRedirect(searchParams.get('redirectTo'), paths.profile.getHref());

  return (
    <Page title={t('signIn.title')}>
      {notice === 'accountCreated' && <SuccessStatus>{t('signUp.createdPleaseSignIn')}</SuccessStatus>}
      <SignInForm onSuccess={() => void afterSignIn(redirectTo)} />
      <p className="aside">
        {t('signIn.noAccount')} <Link to={paths.auth.signUp.getHref()}>{t('signIn.signUpLink')}</Link>
      </p>
    </Page>
  );
}

export default SignInRoute;
