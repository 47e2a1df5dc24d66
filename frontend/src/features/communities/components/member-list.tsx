import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useChangeMember, useMembers } from '../api/get-members';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** The active members: make one a moderator, or remove her. Moderators. */
export function MemberList({ communityId, myId }: { communityId: string; myId: string | undefined }) {
  const { t } = useTranslation('communities');
  const members = useMembers(communityId, 'ACTIVE');
  const change = useChangeMember(communityId);
  if (members.isPending) return <p aria-busy="true">{t('members.loading')}</p>;
  if (members.isError) return <ProblemAlert error={members.error} />;
  if (members.data.length === 0) return <p>{t('members.empty')}</p>;
  const busy = (userId: string) => change.isPending && change.variables?.userId === userId;
  return (
    <>
      <ProblemAlert error={change.error} />
      <ul className="people">
        {members.data.map((member) => (
          <li key={member.userId} className="person">
            <span>
              <strong>{member.displayName}</strong>{' '}
              {member.role === 'MODERATOR' && <span className="badge badge--info">{t('members.moderator')}</span>}
            </span>
            {member.userId !== myId && (
              <span className="actions">
                {member.role === 'MEMBER' && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-disabled={busy(member.userId) || undefined}
                    onClick={() => !change.isPending && change.mutate({ userId: member.userId, change: { role: 'MODERATOR' } })}
                  >
                    {t('members.makeModerator')}
                    <span className="visually-hidden">: {member.displayName}</span>
                  </button>
                )}
                <ConfirmButton
                  context={member.displayName}
                  question={t('members.removeQuestion', { name: member.displayName })}
                  confirmLabel={t('members.removeConfirm')}
                  cancelLabel={t('members.cancel')}
                  pending={busy(member.userId)}
                  pendingLabel={t('members.pending')}
                  onConfirm={() => change.mutate({ userId: member.userId, change: { status: 'REMOVED' } })}
                >
                  {t('members.remove')}
                </ConfirmButton>
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
