import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { Application } from '../api/get-my-application';
import { useWithdrawApplication } from '../api/withdraw-application';

/** Takes her application back after she confirms; she can resume it while applications are open. */
export function WithdrawApplicationButton({
  application,
  onWithdrawn,
  onError,
}: {
  application: Application;
  onWithdrawn: (application: Application) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('applications');
  const withdraw = useWithdrawApplication({ onSuccess: onWithdrawn });
  return (
    <ConfirmButton
      context={application.activityTitle}
      question={t('withdraw.question', { title: application.activityTitle })}
      confirmLabel={t('withdraw.confirm')}
      cancelLabel={t('withdraw.cancel')}
      pending={withdraw.isPending}
      pendingLabel={t('withdraw.pending')}
      onConfirm={() => withdraw.mutate(application.id, { onError })}
    >
      {t('withdraw.button')}
    </ConfirmButton>
  );
}
