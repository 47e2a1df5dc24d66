import { useTranslation } from 'react-i18next';
import { formatAnswer } from '@/lib/answers';
import { localized } from '@/lib/localized';
import type { Question } from '../api/get-application-form';

/** Her answers, read-only, once the application is sent. */
export function AnswerSummary({ questions, answers, countryName }: { questions: Question[]; answers: Record<string, unknown>; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation('applications');
  const words = { yes: t('form.yes'), no: t('form.no'), none: t('form.noAnswer') };
  return (
    <dl className="answers">
      {questions.map((question) => (
        <div key={question.key}>
          <dt>{localized(question.label, i18n.language)}</dt>
          <dd>{formatAnswer(question, answers[question.key], i18n.language, countryName, words)}</dd>
        </div>
      ))}
    </dl>
  );
}
