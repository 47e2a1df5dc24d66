import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { InvitationForm } from '@/features/auth/components/invitation-form';
import { useAfterSignIn } from '../use-after-sign-in';

/** Where the e-mail sent to an imported participant leads: she sets her password and is signed in. */
export function InvitationRoute() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const afterSignIn = useAfterSignIn();
  return (
    <Page title={t('invitation.title')} intro={t('invitation.intro')}>
      <InvitationForm token={token} onSuccess={() => void afterSignIn(paths.myLearning.getHref())} />
    </Page>
  );
}

export default InvitationRoute;
