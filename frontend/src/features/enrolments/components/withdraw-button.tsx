import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useWithdraw } from '../api/withdraw';
import type { Enrolment } from '../api/get-my-enrolments';

/** Withdraw, after she confirms; what she gives up (a seat, a place in the queue) is said in the question. */
export function WithdrawButton({
  enrolment,
  onWithdrawn,
  onError,
}: {
  enrolment: Enrolment;
  onWithdrawn: (enrolment: Enrolment) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('enrolments');
  const withdraw = useWithdraw({ onSuccess: onWithdrawn });
  return (
    <ConfirmButton
      context={enrolment.activityTitle}
      question={t(enrolment.status === 'WAITLISTED' ? 'withdraw.questionWaitlist' : 'withdraw.question', { title: enrolment.activityTitle })}
      confirmLabel={t('withdraw.confirm')}
      cancelLabel={t('withdraw.cancel')}
      pending={withdraw.isPending}
      pendingLabel={t('withdraw.pending')}
      onConfirm={() => withdraw.mutate(enrolment.id, { onError })}
    >
      {t('withdraw.button')}
    </ConfirmButton>
  );
}
