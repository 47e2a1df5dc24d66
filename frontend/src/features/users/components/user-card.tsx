import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { ROLES } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { useDisableUser } from '../api/disable-user';
import { useEnableUser } from '../api/enable-user';
import type { User } from '../api/get-users';
import { RolesEditor } from './roles-editor';

export function UserCard({ user, isSelf, onChanged }: { user: User; isSelf: boolean; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation('users');
  const [editing, setEditing] = useState(false);
  const disable = useDisableUser();
  const enable = useEnableUser();
  const toggle = user.enabled ? disable : enable;
  const roleLabel = (role: string) => ((ROLES as readonly string[]).includes(role) ? t(`roles.${role as (typeof ROLES)[number]}`) : role);
  const created = user.createdAt ? new Date(user.createdAt) : null;

  const toggleEnabled = () => {
    if (toggle.isPending) return;
    toggle.mutate(user.id, {
      onSuccess: () => onChanged(t(user.enabled ? 'card.disabledDone' : 'card.enabledDone', { name: user.displayName })),
    });
  };

  return (
    <article className={user.enabled ? 'card' : 'card card--muted'} aria-labelledby={`user-${user.id}`}>
      <h2 id={`user-${user.id}`} className="card__title">
        {user.displayName}
      </h2>
      <p className="card__email">{user.email}</p>
      <dl className="card__facts">
        <div>
          <dt>{t('card.roles')}</dt>
          <dd>{user.roles.map(roleLabel).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('card.status')}</dt>
          <dd>
            <span className={user.enabled ? 'badge badge--ok' : 'badge badge--off'}>{user.enabled ? t('card.enabled') : t('card.disabled')}</span>
          </dd>
        </div>
        {created && !Number.isNaN(created.getTime()) && (
          <div>
            <dt>{t('card.created')}</dt>
            <dd>
              <time dateTime={user.createdAt!}>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(created)}</time>
            </dd>
          </div>
        )}
      </dl>
      {toggle.error && <ErrorAlert>{errorMessage(toggle.error)}</ErrorAlert>}
      {editing ? (
        <RolesEditor
          user={user}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged(t('card.rolesChanged', { name: user.displayName }));
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('card.changeRoles')}
            <span className="visually-hidden">: {user.displayName}</span>
          </button>
          {!isSelf && (
            <button type="button" className="button" aria-disabled={toggle.isPending || undefined} onClick={toggleEnabled}>
              {user.enabled ? t('card.disable') : t('card.enable')}
              <span className="visually-hidden">: {user.displayName}</span>
            </button>
          )}
        </div>
      )}
    </article>
  );
}
