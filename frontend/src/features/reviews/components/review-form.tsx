import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { SuccessStatus } from '@/components/ui/alert';
import { Field, RadioGroup } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { localized } from '@/lib/localized';
import type { Criterion } from '../api/get-rubric';
import type { Review } from '../api/get-my-reviews';
import { useScoreReview, type ScoreReviewBody } from '../api/score-review';

export type ReviewFormValues = { scores: Record<string, string>; comment: string };

export const MAX_COMMENT = 2000;

/** Every criterion scored from 1 to its scale; the comment optional. */
export function reviewInputSchema(criteria: Criterion[]) {
  return z.pipe(
    z.object({
      scores: z.object(
        Object.fromEntries(
          criteria.map((criterion) => [
            criterion.key,
            z.pipe(
              z.transform((value: unknown) => (typeof value === 'string' ? value : '')),
              z.string().check(
                z.minLength(1, { error: 'validation.required' }),
                z.refine((value) => Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= criterion.scale, { error: 'validation.out-of-range' }),
              ),
            ),
          ]),
        ),
      ),
      comment: z.string().check(z.trim(), z.maxLength(MAX_COMMENT, { error: 'validation.size' })),
    }),
    z.transform(
      ({ scores, comment }): ScoreReviewBody => ({
        scores: Object.fromEntries(Object.entries(scores).map(([key, value]) => [key, Number(value)])),
        comment: comment === '' ? null : comment,
      }),
    ),
  );
}

const toValues = (review: Review): ReviewFormValues => ({
  scores: Object.fromEntries(review.criteria.map((criterion) => [criterion.key, review.scores?.[criterion.key] != null ? String(review.scores[criterion.key]) : ''])),
  comment: review.comment ?? '',
});

/** One row of radio buttons per criterion, 1..scale, and a comment; saved scores can be corrected until a decision. */
export function ReviewForm({ review, onSaved }: { review: Review; onSaved?: (review: Review) => void }) {
  const { t, i18n } = useTranslation('reviews');
  const schema = useMemo(() => reviewInputSchema(review.criteria), [review.criteria]);
  // The schema is built from the criteria, so its input type is looser than the form's values.
  const resolver = zodResolver(schema) as unknown as Resolver<ReviewFormValues, unknown, ScoreReviewBody>;
  const form = useForm<ReviewFormValues, unknown, ScoreReviewBody>({ resolver, defaultValues: toValues(review) });
  const score = useScoreReview(review.id);
  const [saved, setSaved] = useState(false);
  const fields = [...review.criteria.map((criterion) => `scores.${criterion.key}` as Path<ReviewFormValues>), 'comment' as const];
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) => {
    if (score.isPending) return;
    setSaved(false);
    score.mutate(body, {
      onSuccess: (updated) => {
        form.reset(toValues(updated));
        setSaved(true);
        onSaved?.(updated);
      },
      onError: (error) => applyFieldErrors(error, form.setError, fields),
    });
  });

  return (
    <form noValidate className="form" aria-label={t('form.title')} onSubmit={onSubmit} onChange={() => setSaved(false)}>
      <FormError error={score.error} fields={fields} />
      {review.criteria.length === 0 && <p>{t('form.noRubric')}</p>}
      {review.criteria.map((criterion) => (
        <RadioGroup
          key={criterion.key}
          inline
          legend={localized(criterion.label, i18n.language)}
          hint={t('form.scaleHint', { scale: criterion.scale })}
          error={errors.scores?.[criterion.key]?.message}
          registration={form.register(`scores.${criterion.key}`)}
          options={Array.from({ length: criterion.scale }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }))}
        />
      ))}
      <Field label={t('form.comment')} hint={t('form.commentHint')} error={errors.comment?.message}>
        {(control) => <textarea rows={4} maxLength={MAX_COMMENT} {...control} {...form.register('comment')} />}
      </Field>
      <SuccessStatus>{saved ? t('form.saved', { score: Math.round(score.data?.score ?? 0) }) : null}</SuccessStatus>
      <SubmitButton pending={score.isPending} pendingLabel={t('form.saving')}>
        {t('form.save')}
      </SubmitButton>
    </form>
  );
}
