import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QuestionField, type CountryChoice } from '@/components/questions/question-field';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { answersInputSchema, toAnswerFormValues, type AnswerFormValues, type Answers } from '@/lib/answer-form';
import { formatInstant } from '@/lib/dates';
import { errorMessage, fieldErrorMessage } from '@/lib/error-message';
import { applyFieldErrors, unplacedFieldErrors } from '@/lib/form';
import type { Survey } from '../api/get-survey';
import { useSaveSurveyResponse } from '../api/save-survey-response';

type Props = { survey: Survey; countries: CountryChoice[] };

/** Her answers, one input per question, prefilled with what she saved; saving again replaces them. */
export function SurveyForm({ survey, countries }: Props) {
  const { t, i18n } = useTranslation('surveys');
  const { questions } = survey;
  const schema = useMemo(() => answersInputSchema(questions, { requireAll: true }), [questions]);
  // The schema is built from the questions, so its input type is looser than the form's values.
  const resolver = zodResolver(schema) as unknown as Resolver<AnswerFormValues, unknown, Answers>;
  const form = useForm<AnswerFormValues, unknown, Answers>({ resolver, defaultValues: toAnswerFormValues(questions, survey.answers) });
  const save = useSaveSurveyResponse(survey.id);
  const [saved, setSaved] = useState<Survey | null>(null);
  const fields = questions.map((question) => `answers.${question.key}` as Path<AnswerFormValues>);
  const { errors } = form.formState;
  const unplaced = unplacedFieldErrors(save.error, fields);

  const onSubmit = form.handleSubmit(async (answers) => {
    if (save.isPending) return;
    setSaved(null);
    try {
      setSaved(await save.mutateAsync(answers));
    } catch (failure) {
      applyFieldErrors(failure, form.setError, fields);
    }
  });

  return (
    <form noValidate className="form survey-form" onSubmit={onSubmit} onChange={() => setSaved(null)}>
      {save.error && (
        <ErrorAlert>
          <p>{errorMessage(save.error)}</p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((fieldError, index) => (
                <li key={index}>{fieldErrorMessage(fieldError)}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      {questions.map((question) => (
        <QuestionField
          key={question.key}
          question={question}
          countries={countries}
          registration={form.register(`answers.${question.key}`)}
          error={errors.answers?.[question.key]?.message}
        />
      ))}
      <SuccessStatus>{saved ? t('page.saved', { date: formatInstant(saved.closesAt, i18n.language) }) : null}</SuccessStatus>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t('page.saving') : t('page.save')}
        </button>
      </div>
    </form>
  );
}
