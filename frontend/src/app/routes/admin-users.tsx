import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { UserSearchForm } from '@/features/users/components/user-search-form';
import { UsersList } from '@/features/users/components/users-list';
import { useUser } from '@/lib/auth';

export function AdminUsersRoute() {
  const { t } = useTranslation('users');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useUser();
  const created = (useLocation().state as { created?: string } | null)?.created;
  const q = params.get('q') ?? '';
  const role = params.get('role') ?? '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);

  return (
    <Page title={t('title')}>
      {created && <SuccessStatus>{t('create.done', { email: created })}</SuccessStatus>}
      <p>
        <Link to={paths.admin.newUser.getHref()} className="button button--primary">
          {t('create.link')}
        </Link>
      </p>
      <UserSearchForm filters={{ q, role }} onSearch={(filters) => navigate(paths.admin.users.getHref(filters))} />
      <UsersList search={{ q, role, page }} currentUserId={me.data?.id} />
    </Page>
  );
}

export default AdminUsersRoute;
