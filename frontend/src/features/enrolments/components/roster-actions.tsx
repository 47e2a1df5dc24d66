import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import type { RosterEntry } from '../api/get-roster';
import { useMoveToWaitlist } from '../api/move-to-waitlist';
import { useWithdrawFromRoster } from '../api/withdraw';
import { PromoteButton } from './promote-button';

/**
 * What a manager may do with one person on the roster: someone seated can be moved to the end of
 * the waitlist (her seat goes to the first waiting) or withdrawn; someone waiting can be given a
 * seat or withdrawn. Each says what happened through onDone.
 */
export function RosterActions({ activityId, entry, onDone }: { activityId: string; entry: RosterEntry; onDone: (message: string) => void }) {
  const { t } = useTranslation('manage');
  const toWaitlist = useMoveToWaitlist(activityId);
  const withdraw = useWithdrawFromRoster(activityId);
  const name = entry.displayName;
  if (entry.status !== 'ENROLLED' && entry.status !== 'WAITLISTED') return null;
  const error = toWaitlist.error ?? withdraw.error;

  return (
    <>
      {error && <ErrorAlert>{errorMessage(error)}</ErrorAlert>}
      <div className="actions">
        {entry.status === 'WAITLISTED' && <PromoteButton activityId={activityId} entry={entry} onPromoted={() => onDone(t('roster.promoted', { name }))} />}
        {entry.status === 'ENROLLED' && (
          <ConfirmButton
            context={name}
            question={t('roster.toWaitlistQuestion', { name })}
            confirmLabel={t('roster.toWaitlistConfirm')}
            cancelLabel={t('roster.cancel')}
            pending={toWaitlist.isPending}
            pendingLabel={t('roster.toWaitlistPending')}
            onConfirm={() => {
              withdraw.reset();
              toWaitlist.mutate(entry.enrolmentId, {
                onSuccess: (enrolment) => onDone(t('roster.movedToWaitlist', { name, position: enrolment.waitlistPosition ?? '?' })),
              });
            }}
          >
            {t('roster.toWaitlist')}
          </ConfirmButton>
        )}
        <ConfirmButton
          context={name}
          question={t(entry.status === 'ENROLLED' ? 'roster.withdrawQuestion' : 'roster.withdrawQuestionWaitlist', { name })}
          confirmLabel={t('roster.withdrawConfirm')}
          cancelLabel={t('roster.cancel')}
          pending={withdraw.isPending}
          pendingLabel={t('roster.withdrawPending')}
          onConfirm={() => {
            toWaitlist.reset();
            withdraw.mutate(entry.enrolmentId, { onSuccess: () => onDone(t('roster.withdrawn', { name })) });
          }}
        >
          {t('roster.withdraw')}
        </ConfirmButton>
      </div>
    </>
  );
}
