import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { errorMessage, fieldErrorMessage } from '@/lib/error-message';
import { applyFieldErrors, unplacedFieldErrors } from '@/lib/form';
import type { Question } from '../api/get-application-form';
import type { Answers, Application } from '../api/get-my-application';
import { useSaveApplication } from '../api/save-application';
import { useSubmitApplication } from '../api/submit-application';
import { answersInputSchema, toAnswerFormValues, type AnswerFormValues } from '@/lib/answer-form';
import { QuestionField, type CountryChoice } from '@/components/questions/question-field';

type Props = {
  activityId: string;
  questions: Question[];
  application: Application | null;
  countries: CountryChoice[];
  onSent: (application: Application) => void;
};

/** Why sending failed: the general message, then what no question can show (eligibility rules). */
function SendError({ error, fields }: { error: unknown; fields: string[] }) {
  if (!error) return null;
  const unplaced = unplacedFieldErrors(error, fields);
  return (
    <ErrorAlert>
      <p>{errorMessage(error)}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((fieldError, index) => (
            <li key={index}>{fieldErrorMessage(fieldError)}</li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
}

/**
 * Her answers, one input per question. "Save draft" keeps them without checking what is missing;
 * "Send application" saves, then sends, and every refusal is shown next to its question.
 */
export function ApplicationForm({ activityId, questions, application, countries, onSent }: Props) {
  const { t } = useTranslation('applications');
  const mode = useRef<'draft' | 'send'>('send');
  const schemas = useMemo(
    () => ({ draft: answersInputSchema(questions, { requireAll: false }), send: answersInputSchema(questions, { requireAll: true }) }),
    [questions],
  );
  // The schema is built from the questions, so its input type is looser than the form's values.
  const resolver: Resolver<AnswerFormValues, unknown, Answers> = (values, context, options) =>
    (zodResolver(schemas[mode.current]) as unknown as Resolver<AnswerFormValues, unknown, Answers>)(values, context, options);
  const form = useForm<AnswerFormValues, unknown, Answers>({ resolver, defaultValues: toAnswerFormValues(questions, application?.answers) });
  const save = useSaveApplication(activityId);
  const submit = useSubmitApplication(activityId);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const fields = questions.map((question) => `answers.${question.key}` as Path<AnswerFormValues>);
  const pending = save.isPending || submit.isPending;
  const { errors } = form.formState;

  const run = (which: 'draft' | 'send') => (event?: BaseSyntheticEvent) => {
    mode.current = which;
    form.clearErrors();
    return form.handleSubmit(async (answers) => {
      if (pending) return;
      setError(null);
      setSaved(false);
      try {
        await save.mutateAsync(answers);
        if (which === 'draft') {
          setSaved(true);
          return;
        }
        onSent(await submit.mutateAsync());
      } catch (failure) {
        setError(failure);
        applyFieldErrors(failure, form.setError, fields);
      }
    })(event);
  };

  return (
    <form noValidate className="form application-form" onSubmit={run('send')} onChange={() => setSaved(false)}>
      <SendError error={error} fields={fields} />
      {questions.map((question) => (
        <QuestionField
          key={question.key}
          question={question}
          countries={countries}
          registration={form.register(`answers.${question.key}`)}
          error={errors.answers?.[question.key]?.message}
        />
      ))}
      <SuccessStatus>{saved ? t('form.saved') : null}</SuccessStatus>
      <div className="actions">
        <button type="button" className="button" aria-disabled={pending || undefined} onClick={(event) => void run('draft')(event)}>
          {save.isPending && mode.current === 'draft' ? t('form.saving') : t('form.saveDraft')}
        </button>
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending && mode.current === 'send' ? t('form.sending') : t('form.send')}
        </button>
      </div>
    </form>
  );
}
