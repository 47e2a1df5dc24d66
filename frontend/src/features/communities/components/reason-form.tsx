import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { reasonInputSchema, type ReasonInput } from '../api/moderate-post';
import { ProblemAlert } from '@/components/ui/problem-alert';

type Props = {
  label: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

/** Why she reports or hides a post: asked in the page, under the post, with focus on the box. */
export function ReasonForm({ label, submitLabel, pendingLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('communities');
  const form = useForm<ReasonInput>({ resolver: zodResolver(reasonInputSchema), defaultValues: { reason: '' } });
  useEffect(() => form.setFocus('reason'), [form]);
  return (
    <form
      noValidate
      className="form reason-form"
      onSubmit={form.handleSubmit((values) => {
        if (!pending) onSubmit(values.reason);
      })}
    >
      <ProblemAlert error={error} />
      <Field label={label} error={form.formState.errors.reason?.message}>
        {(control) => <textarea rows={2} maxLength={300} {...control} {...form.register('reason')} />}
      </Field>
      <div className="actions">
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t('reason.cancel')}
        </button>
      </div>
    </form>
  );
}
