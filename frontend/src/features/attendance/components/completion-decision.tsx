import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { applyFieldErrors } from '@/lib/form';
import { useClearCompletion } from '../api/clear-completion';
import type { Completion } from '../api/get-completions';
import { completionOverrideInputSchema, useOverrideCompletion, type CompletionOverrideInput } from '../api/override-completion';

const FIELDS = ['reason'] as const;

/** The form for one decision, completed or not, which needs a reason. */
export function CompletionReasonForm({
  activityId,
  enrolmentId,
  name,
  completed,
  onDone,
}: {
  activityId: string;
  enrolmentId: string;
  name: string;
  completed: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('attendance');
  const override = useOverrideCompletion(activityId);
  const form = useForm<{ completed: boolean; reason: string }, unknown, CompletionOverrideInput>({
    resolver: zodResolver(completionOverrideInputSchema),
    defaultValues: { completed, reason: '' },
  });
  const onSubmit = form.handleSubmit((input) => {
    if (override.isPending) return;
    override.mutate({ enrolmentId, input }, { onSuccess: onDone, onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={`${completed ? t('rates.confirm') : t('rates.markNot')} ${t('rates.for', { name })}`}>
      <FormError error={override.error} fields={FIELDS} />
      <TextField
        label={t('rates.reason')}
        hint={t('rates.reasonHint')}
        maxLength={500}
        aria-required
        autoFocus
        error={form.formState.errors.reason?.message}
        registration={form.register('reason')}
      />
      <div className="actions">
        <SubmitButton pending={override.isPending} pendingLabel={t('rates.saving')}>
          {t('rates.save')}
        </SubmitButton>
        <button type="button" className="button" onClick={onDone}>
          {t('rates.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Confirm completion", "Mark not completed" and, after a decision, "Back to the rule". */
export function CompletionDecision({ activityId, completion }: { activityId: string; completion: Completion | undefined }) {
  const { t } = useTranslation('attendance');
  const [deciding, setDeciding] = useState<boolean | null>(null);
  const clear = useClearCompletion(activityId);
  if (!completion) return null;
  const name = completion.displayName;
  if (deciding !== null) {
    return (
      <CompletionReasonForm
        activityId={activityId}
        enrolmentId={completion.enrolmentId}
        name={name}
        completed={deciding}
        onDone={() => setDeciding(null)}
      />
    );
  }
  const who = <span className="visually-hidden">: {name}</span>;
  return (
    <>
      {clear.error && <ErrorAlert>{errorMessage(clear.error)}</ErrorAlert>}
      <div className="actions">
        {!completion.completed && (
          <button type="button" className="button" onClick={() => setDeciding(true)}>
            {t('rates.confirm')}
            {who}
          </button>
        )}
        {(completion.completed || completion.automatic) && (
          <button type="button" className="button" onClick={() => setDeciding(false)}>
            {t('rates.markNot')}
            {who}
          </button>
        )}
        {!completion.automatic && (
          <button
            type="button"
            className="button"
            aria-disabled={clear.isPending || undefined}
            onClick={() => !clear.isPending && clear.mutate(completion.enrolmentId)}
          >
            {t('rates.backToRule')}
            {who}
          </button>
        )}
      </div>
    </>
  );
}
