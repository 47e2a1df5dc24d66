import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@/lib/auth';

export type UserFilters = { q: string; role: string };

/** Search by name or e-mail and filter by role; submitting starts again from the first page. */
export function UserSearchForm({ filters, onSearch }: { filters: UserFilters; onSearch: (filters: UserFilters) => void }) {
  const { t } = useTranslation('users');
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSearch({ q: String(data.get('q') ?? '').trim(), role: String(data.get('role') ?? '') });
  };

  return (
    <form role="search" aria-label={t('search.label')} className="search-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('search.query')}</label>
        <input id={`${id}-q`} name="q" type="search" defaultValue={filters.q} key={filters.q} autoCapitalize="none" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('search.role')}</label>
        <select id={`${id}-role`} name="role" defaultValue={filters.role} key={filters.role}>
          <option value="">{t('search.anyRole')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
}
