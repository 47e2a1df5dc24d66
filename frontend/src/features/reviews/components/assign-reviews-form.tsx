import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ApiError } from '@/lib/api-client';
import { errorMessage, fieldErrorMessage } from '@/lib/error-message';
import { useAssignReviews } from '../api/assign-reviews';

/** Hands every sent application that has no reviewer yet to N different reviewers. */
export function AssignReviewsForm({ activityId, reviewers }: { activityId: string; reviewers: number }) {
  const { t } = useTranslation('reviews');
  const id = useId();
  const [count, setCount] = useState(String(Math.min(2, Math.max(1, reviewers))));
  const assign = useAssignReviews(activityId);
  const [done, setDone] = useState<string | null>(null);
  const error = assign.error;
  const fieldError = error instanceof ApiError ? error.fieldErrors.find((each) => each.field === 'reviewsPerApplication') : undefined;
  return (
    <form
      noValidate
      className="form inline-form"
      aria-label={t('assign.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (assign.isPending) return;
        setDone(null);
        assign.mutate(Number(count), { onSuccess: (result) => setDone(t('assign.done', { count: result.applications, reviews: result.reviews })) });
      }}
    >
      <div className={fieldError ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-count`}>{t('assign.count')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('assign.hint', { count: reviewers })}
        </p>
        <input
          id={`${id}-count`}
          type="number"
          min={1}
          max={10}
          inputMode="numeric"
          value={count}
          aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
          aria-invalid={fieldError ? true : undefined}
          onChange={(event) => setCount(event.target.value)}
        />
        {fieldError && (
          <p id={`${id}-error`} className="field__error">
            <span aria-hidden="true">⚠ </span>
            {fieldErrorMessage(fieldError)}
          </p>
        )}
      </div>
      {error != null && !fieldError && <ErrorAlert>{errorMessage(error)}</ErrorAlert>}
      <SuccessStatus>{done}</SuccessStatus>
      <button type="submit" className="button button--primary" aria-disabled={assign.isPending || undefined}>
        {assign.isPending ? t('assign.pending') : t('assign.submit')}
      </button>
    </form>
  );
}
