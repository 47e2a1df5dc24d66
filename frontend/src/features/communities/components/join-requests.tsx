import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/dates';
import { currentLanguage } from '@/lib/i18n';
import { useChangeMember, useMembers } from '../api/get-members';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** Who asked to join an approval community: accept or decline. Moderators. */
export function JoinRequests({ communityId }: { communityId: string }) {
  const { t } = useTranslation('communities');
  const requests = useMembers(communityId, 'PENDING');
  const change = useChangeMember(communityId);
  if (requests.isPending) return <p aria-busy="true">{t('members.loading')}</p>;
  if (requests.isError) return <ProblemAlert error={requests.error} />;
  if (requests.data.length === 0) return <p>{t('requests.empty')}</p>;
  const busy = (userId: string) => change.isPending && change.variables?.userId === userId;
  return (
    <>
      <ProblemAlert error={change.error} />
      <ul className="people">
        {requests.data.map((member) => (
          <li key={member.userId} className="person">
            <span>
              <strong>{member.displayName}</strong>{' '}
              <span className="community-note">{t('requests.since', { date: formatInstant(member.since, currentLanguage()) })}</span>
            </span>
            <span className="actions">
              <button
                type="button"
                className="button button--primary button--small"
                aria-disabled={busy(member.userId) || undefined}
                onClick={() => !change.isPending && change.mutate({ userId: member.userId, change: { status: 'ACTIVE' } })}
              >
                {t('requests.accept')}
                <span className="visually-hidden">: {member.displayName}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                aria-disabled={busy(member.userId) || undefined}
                onClick={() => !change.isPending && change.mutate({ userId: member.userId, change: { status: 'LEFT' } })}
              >
                {t('requests.decline')}
                <span className="visually-hidden">: {member.displayName}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
