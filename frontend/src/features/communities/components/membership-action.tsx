import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useJoinCommunity, useLeaveCommunity } from '../api/change-membership';
import type { Community } from '../api/get-communities';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** What she can do about her place in a community, from where she stands now. */
export function MembershipAction({ community }: { community: Community }) {
  const { t } = useTranslation('communities');
  const join = useJoinCommunity();
  const leave = useLeaveCommunity();
  const status = community.myStatus;

  let action;
  if (status === 'REMOVED') {
    action = <p className="community-note">{t('status.removed')}</p>;
  } else if (status === 'PENDING') {
    action = <p className="badge badge--warn">{t('status.pending')}</p>;
  } else if (status === 'ACTIVE') {
    action = (
      <ConfirmButton
        context={community.name}
        question={t('leave.question', { name: community.name })}
        confirmLabel={t('leave.confirm')}
        cancelLabel={t('leave.cancel')}
        pending={leave.isPending}
        pendingLabel={t('leave.pending')}
        onConfirm={() => leave.mutate(community.id)}
      >
        {t('leave.button')}
      </ConfirmButton>
    );
  } else {
    const label = status === 'INVITED' ? t('join.accept') : community.joinPolicy === 'APPROVAL' ? t('join.ask') : t('join.join');
    action = (
      <button
        type="button"
        className="button button--primary"
        aria-disabled={join.isPending || undefined}
        onClick={() => {
          if (!join.isPending) join.mutate(community.id);
        }}
      >
        {join.isPending ? t('join.pending') : label}
        <span className="visually-hidden">: {community.name}</span>
      </button>
    );
  }

  return (
    <div className="community-action">
      <ProblemAlert error={join.error ?? leave.error} />
      {action}
      <p role="status" className={join.isSuccess && status === 'PENDING' ? 'community-note' : 'visually-hidden'}>
        {join.isSuccess && status === 'PENDING' ? t('join.requested') : ''}
      </p>
    </div>
  );
}
