import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { FieldErrorText } from '@/components/ui/field';
import { errorMessage } from '@/lib/error-message';
import { ApiError } from '@/lib/problem';
import type { RosterEntry } from '../api/get-roster';
import { usePromoteEnrolment } from '../api/promote-enrolment';

/**
 * Gives a waitlisted person a seat. When the activity is full the server says so, and the manager
 * may give the seat anyway, over capacity, with a reason that is recorded.
 */
export function PromoteButton({ activityId, entry, onPromoted }: { activityId: string; entry: RosterEntry; onPromoted: () => void }) {
  const { t } = useTranslation('manage');
  const promote = usePromoteEnrolment(activityId);
  const [overCapacity, setOverCapacity] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (overCapacity) questionRef.current?.focus();
  }, [overCapacity]);

  const onError = (error: Error) => {
    if (error instanceof ApiError && error.status === 409 && error.problem.messageKey === 'enrolment.full') {
      promote.reset();
      setOverCapacity(true);
    }
  };

  if (overCapacity) {
    return (
      <form
        role="group"
        aria-labelledby={`${id}-question`}
        className="confirm"
        onSubmit={(event) => {
          event.preventDefault();
          if (promote.isPending) return;
          if (!reason.trim()) {
            setReasonMissing(true);
            return;
          }
          promote.mutate({ enrolmentId: entry.enrolmentId, overCapacity: true, reason: reason.trim() }, { onSuccess: onPromoted });
        }}
      >
        <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="confirm__question">
          {t('roster.fullQuestion', { name: entry.displayName })}
        </p>
        {promote.error && <ErrorAlert>{errorMessage(promote.error)}</ErrorAlert>}
        <div className={reasonMissing ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-reason`}>{t('roster.reason')}</label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={500}
            aria-invalid={reasonMissing || undefined}
            aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {reasonMissing && <FieldErrorText id={`${id}-reason-error`} error="validation.required" />}
        </div>
        <div className="actions">
          <button type="submit" className="button button--danger" aria-disabled={promote.isPending || undefined}>
            {promote.isPending ? t('roster.promoting') : t('roster.overCapacity')}
          </button>
          <button type="button" className="button" onClick={() => setOverCapacity(false)}>
            {t('roster.cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div>
      {promote.error && <ErrorAlert>{errorMessage(promote.error)}</ErrorAlert>}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={promote.isPending || undefined}
        onClick={() => !promote.isPending && promote.mutate({ enrolmentId: entry.enrolmentId }, { onSuccess: onPromoted, onError })}
      >
        {promote.isPending ? t('roster.promoting') : t('roster.promote')}
        <span className="visually-hidden">: {entry.displayName}</span>
      </button>
    </div>
  );
}
