import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { PAGE_SIZE, useUsers, type UserSearch } from '../api/get-users';
import { UserCard } from './user-card';

export function UsersList({ search, currentUserId }: { search: UserSearch; currentUserId?: string }) {
  const { t } = useTranslation('users');
  const users = useUsers(search);
  const [message, setMessage] = useState<string | null>(null);

  if (users.isPending) return <p aria-busy="true">{t('list.loading')}</p>;
  if (users.isError) return <ErrorAlert>{errorMessage(users.error)}</ErrorAlert>;

  const { items, page, total } = users.data;
  const size = users.data.size || PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(total / size));
  const hrefFor = (target: number) => paths.admin.users.getHref({ q: search.q, role: search.role, page: target });

  return (
    <section aria-labelledby="users-results" aria-busy={users.isFetching || undefined}>
      <h2 id="users-results" className="visually-hidden">
        {t('list.results')}
      </h2>
      <SuccessStatus>{message}</SuccessStatus>
      <p role="status">{t('list.count', { total, page: page + 1, pages })}</p>
      {items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="card-list">
          {items.map((user) => (
            <li key={user.id}>
              <UserCard user={user} isSelf={user.id === currentUserId} onChanged={setMessage} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t('list.pagination')} className="pagination">
          {page > 0 ? (
            <Link to={hrefFor(page - 1)} className="button" rel="prev">
              {t('list.previous')}
            </Link>
          ) : (
            <span />
          )}
          <span>{t('list.pageOf', { page: page + 1, pages })}</span>
          {page + 1 < pages ? (
            <Link to={hrefFor(page + 1)} className="button" rel="next">
              {t('list.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
