import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { CreateUserForm } from '@/features/users/components/create-user-form';

export function AdminNewUserRoute() {
  const { t } = useTranslation('users');
  const navigate = useNavigate();
  return (
    <Page title={t('create.title')} intro={t('create.intro')}>
      <CreateUserForm onSuccess={(user) => navigate(paths.admin.users.getHref({ q: user.email }), { state: { created: user.email } })} />
      <p className="aside">
        <Link to={paths.admin.users.getHref()}>{t('create.back')}</Link>
      </p>
    </Page>
  );
}

export default AdminNewUserRoute;
