import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { SuccessStatus } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import type { CompletionRule } from '../api/get-completion-rule';
import { useUpdateCompletionRule } from '../api/update-completion-rule';

const FIELDS = ['minAttendanceRate'] as const;

/** A whole percentage in the form; a fraction (0..1) on the wire. */
const ruleFormSchema = z.pipe(
  z.object({
    minAttendanceRate: z.string().check(z.trim(), z.regex(/^(100|[1-9]?\d)$/, { error: 'validation.out-of-range' })),
  }),
  z.transform(({ minAttendanceRate }): CompletionRule => ({ minAttendanceRate: Number(minAttendanceRate) / 100 })),
);

/** Managers set the minimum attendance rate that completes the activity. */
export function CompletionRuleForm({ activityId, rule }: { activityId: string; rule: CompletionRule }) {
  const { t } = useTranslation('attendance');
  const update = useUpdateCompletionRule(activityId);
  const form = useForm<{ minAttendanceRate: string }, unknown, CompletionRule>({
    resolver: zodResolver(ruleFormSchema),
    defaultValues: { minAttendanceRate: String(Math.round(rule.minAttendanceRate * 100)) },
  });
  const onSubmit = form.handleSubmit((input) => {
    if (update.isPending) return;
    update.mutate(input, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('rule.title')}>
      <h3>{t('rule.title')}</h3>
      <SuccessStatus>{update.isSuccess && t('rule.saved')}</SuccessStatus>
      <FormError error={update.error} fields={FIELDS} />
      <TextField
        label={t('rule.minimum')}
        hint={t('rule.minimumHint')}
        inputMode="numeric"
        maxLength={3}
        error={form.formState.errors.minAttendanceRate?.message}
        registration={form.register('minAttendanceRate')}
      />
      <SubmitButton pending={update.isPending} pendingLabel={t('rule.saving')}>
        {t('rule.save')}
      </SubmitButton>
    </form>
  );
}
