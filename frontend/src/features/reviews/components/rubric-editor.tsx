import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { SuccessStatus } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { ApiError } from '@/lib/api-client';
import { translateMessageKey } from '@/lib/error-message';
import type { Criterion, Rubric } from '../api/get-rubric';
import { useSaveRubric } from '../api/save-rubric';

const text = (max: number, required: boolean) =>
  z.string().check(z.trim(), z.minLength(required ? 1 : 0, { error: 'validation.required' }), z.maxLength(max, { error: 'validation.size' }));
const whole = (min: number, max: number) =>
  z.string().check(z.trim(), z.refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, { error: 'validation.out-of-range' }));

const criterionInput = z.object({
  key: z.string().check(z.trim(), z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: 'validation.invalid-value' })),
  label: z.object({ en: text(300, true), fr: text(300, false), es: text(300, false) }),
  weight: whole(1, 100),
  scale: whole(2, 10),
});
type CriterionValues = z.input<typeof criterionInput>;
type RubricValues = { criteria: CriterionValues[] };

export const rubricInputSchema = z.pipe(
  z.object({ criteria: z.array(criterionInput) }).check(
    z.superRefine(({ criteria }, context) => {
      criteria.forEach((criterion, index) => {
        if (criteria.findIndex((other) => other.key === criterion.key) !== index) {
          context.issues.push({ code: 'custom', message: 'application.duplicate-key', path: ['criteria', index, 'key'], input: criterion.key });
        }
      });
    }),
  ),
  z.transform(
    ({ criteria }): Rubric => ({
      criteria: criteria.map((criterion) => ({
        key: criterion.key,
        label: { en: criterion.label.en, fr: criterion.label.fr || null, es: criterion.label.es || null },
        weight: Number(criterion.weight),
        scale: Number(criterion.scale),
      })),
    }),
  ),
);

const toValues = (criteria: Criterion[]): RubricValues => ({
  criteria: criteria.map((criterion) => ({
    key: criterion.key,
    label: { en: criterion.label.en, fr: criterion.label.fr ?? '', es: criterion.label.es ?? '' },
    weight: String(criterion.weight),
    scale: String(criterion.scale),
  })),
});

/** The criteria reviewers score, each with its weight and scale; fixed once any review is scored. */
export function RubricEditor({ activityId, criteria }: { activityId: string; criteria: Criterion[] }) {
  const { t } = useTranslation('reviews');
  const form = useForm<RubricValues, unknown, Rubric>({ resolver: zodResolver(rubricInputSchema), defaultValues: toValues(criteria) });
  const list = useFieldArray({ control: form.control, name: 'criteria' });
  const save = useSaveRubric(activityId);
  const [saved, setSaved] = useState(false);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((rubric) => {
    if (save.isPending) return;
    setSaved(false);
    save.mutate(rubric, {
      onSuccess: (result) => {
        form.reset(toValues(result.criteria));
        setSaved(true);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        for (const fieldError of error.fieldErrors.filter((each) => each.field.startsWith('criteria['))) {
          const name = fieldError.field.replace(/\[(\d+)\]/g, '.$1') as Path<RubricValues>;
          form.setError(name, { type: 'server', message: translateMessageKey(fieldError.messageKey) ? fieldError.messageKey! : (fieldError.message ?? 'validation.invalid-value') });
        }
      },
    });
  });

  const addCriterion = () => {
    const keys = form.getValues('criteria').map((each) => each.key);
    let n = keys.length + 1;
    while (keys.includes(`c${n}`)) n += 1;
    list.append({ key: `c${n}`, label: { en: '', fr: '', es: '' }, weight: '1', scale: '5' });
  };

  return (
    <form noValidate className="form builder" aria-label={t('rubric.title')} onSubmit={onSubmit} onChange={() => setSaved(false)}>
      <FormError error={save.error} fields={['criteria']} />
      {list.fields.length === 0 && <p>{t('rubric.empty')}</p>}
      {list.fields.map((field, index) => {
        const n = index + 1;
        const fieldErrors = errors.criteria?.[index];
        return (
          <fieldset key={field.id} className="group builder__question">
            <legend>{t('rubric.criterion', { n })}</legend>
            <div className="builder__labels">
              <TextField label={t('rubric.labelEn')} error={fieldErrors?.label?.en?.message} registration={form.register(`criteria.${index}.label.en`)} />
              <TextField label={t('rubric.labelFr')} lang="fr" error={fieldErrors?.label?.fr?.message} registration={form.register(`criteria.${index}.label.fr`)} />
              <TextField label={t('rubric.labelEs')} lang="es" error={fieldErrors?.label?.es?.message} registration={form.register(`criteria.${index}.label.es`)} />
            </div>
            <div className="builder__row">
              <TextField label={t('rubric.key')} autoCapitalize="none" spellCheck={false} error={fieldErrors?.key?.message} registration={form.register(`criteria.${index}.key`)} />
              <TextField label={t('rubric.weight')} hint={t('rubric.weightHint')} inputMode="numeric" error={fieldErrors?.weight?.message} registration={form.register(`criteria.${index}.weight`)} />
              <TextField label={t('rubric.scale')} hint={t('rubric.scaleHint')} inputMode="numeric" error={fieldErrors?.scale?.message} registration={form.register(`criteria.${index}.scale`)} />
            </div>
            <div className="actions">
              <button type="button" className="button button--danger" onClick={() => list.remove(index)}>
                {t('rubric.remove', { n })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" className="button" onClick={addCriterion}>
          {t('rubric.add')}
        </button>
      </div>
      <SuccessStatus>{saved ? t('rubric.saved') : null}</SuccessStatus>
      <SubmitButton pending={save.isPending} pendingLabel={t('rubric.saving')}>
        {t('rubric.save')}
      </SubmitButton>
    </form>
  );
}
