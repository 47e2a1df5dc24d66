import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { SuccessStatus } from '@/components/ui/alert';
import { SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import type { CompletionRule } from '../api/get-completion-rule';
import { useUpdateCompletionRule } from '../api/update-completion-rule';

const FIELDS = ['minAttendanceRate', 'requiredSurveyId'] as const;

/** A whole percentage in the form; a fraction (0..1) on the wire; no required survey is sent as null. */
const ruleFormSchema = z.pipe(
  z.object({
    minAttendanceRate: z.string().check(z.trim(), z.regex(/^(100|[1-9]?\d)$/, { error: 'validation.out-of-range' })),
    requiredSurveyId: z.string(),
  }),
  z.transform(({ minAttendanceRate, requiredSurveyId }): CompletionRule => ({
    minAttendanceRate: Number(minAttendanceRate) / 100,
    requiredSurveyId: requiredSurveyId || null,
  })),
);

/** One of the activity's surveys, as the rule's picker names it. */
export type RuleSurvey = { id: string; label: string };

/**
 * Managers set the minimum attendance rate that completes the activity and, when the activity asks
 * surveys ({@code surveys}), one that must be answered.
 */
export function CompletionRuleForm({ activityId, rule, surveys = [] }: { activityId: string; rule: CompletionRule; surveys?: RuleSurvey[] }) {
  const { t } = useTranslation('attendance');
  const update = useUpdateCompletionRule(activityId);
  const form = useForm<{ minAttendanceRate: string; requiredSurveyId: string }, unknown, CompletionRule>({
    resolver: zodResolver(ruleFormSchema),
    defaultValues: { minAttendanceRate: String(Math.round(rule.minAttendanceRate * 100)), requiredSurveyId: rule.requiredSurveyId ?? '' },
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
      {(surveys.length > 0 || rule.requiredSurveyId) && (
        <SelectField
          label={t('rule.survey')}
          hint={t('rule.surveyHint')}
          error={form.formState.errors.requiredSurveyId?.message}
          registration={form.register('requiredSurveyId')}
          options={[{ value: '', label: t('rule.noSurvey') }, ...surveys.map((survey) => ({ value: survey.id, label: survey.label }))]}
        />
      )}
      <SubmitButton pending={update.isPending} pendingLabel={t('rule.saving')}>
        {t('rule.save')}
      </SubmitButton>
    </form>
  );
}
