import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import { useCancelActivity } from '../api/cancel-activity';
import { useCloseActivity } from '../api/close-activity';
import type { Activity } from '../api/get-activity';
import { usePublishActivity } from '../api/publish-activity';

/** The moves the activity's status allows: a draft is published, a published one closed; either can be cancelled. */
export function ActivityLifecycle({ activity }: { activity: Pick<Activity, 'id' | 'title' | 'status'> }) {
  const { t } = useTranslation('manage');
  const publish = usePublishActivity();
  const close = useCloseActivity();
  const cancel = useCancelActivity();
  const [changed, setChanged] = useState(false);
  const error = publish.error ?? close.error ?? cancel.error;
  const done = { onSuccess: () => setChanged(true) };
  const busy = publish.isPending || close.isPending || cancel.isPending;

  return (
    <div className="section">
      <SuccessStatus>{changed && t('activity.changed', { status: t(`activity.statuses.${activity.status}`) })}</SuccessStatus>
      {error && <ErrorAlert>{errorMessage(error)}</ErrorAlert>}
      <div className="actions">
        {activity.status === 'DRAFT' && (
          <button
            type="button"
            className="button button--primary"
            aria-disabled={busy || undefined}
            onClick={() => !busy && publish.mutate(activity.id, done)}
          >
            {publish.isPending ? t('activity.publishing') : t('activity.publish')}
          </button>
        )}
        {activity.status === 'PUBLISHED' && (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && close.mutate(activity.id, done)}>
            {close.isPending ? t('activity.closing') : t('activity.close')}
          </button>
        )}
        {(activity.status === 'DRAFT' || activity.status === 'PUBLISHED' || activity.status === 'CLOSED') && (
          <ConfirmButton
            context={activity.title}
            question={t('activity.cancelQuestion')}
            confirmLabel={t('activity.cancelConfirm')}
            cancelLabel={t('activity.keep')}
            pending={cancel.isPending}
            pendingLabel={t('activity.cancelling')}
            onConfirm={() => cancel.mutate(activity.id, done)}
          >
            {t('activity.cancel')}
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
