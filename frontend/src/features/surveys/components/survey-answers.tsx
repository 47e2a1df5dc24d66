import { useTranslation } from 'react-i18next';
import { formatAnswer } from '@/lib/answers';
import { localized } from '@/lib/localized';
import type { SurveyQuestion } from '../api/get-survey';

/** Her answers, read-only, once the survey is closed; numbers with their unit. */
export function SurveyAnswers({
  questions,
  answers,
  countryName,
}: {
  questions: SurveyQuestion[];
  answers: Record<string, unknown>;
  countryName: (code: string) => string;
}) {
  const { t, i18n } = useTranslation('surveys');
  const language = i18n.language;
  const words = { yes: t('answers.yes'), no: t('answers.no'), none: t('answers.none') };
  return (
    <dl className="answers">
      {questions.map((question) => {
        const answer = answers[question.key];
        const text = formatAnswer(question, answer, language, countryName, words);
        const unit = question.type === 'NUMBER' && typeof answer === 'number' && question.unit ? ` ${localized(question.unit, language)}` : '';
        return (
          <div key={question.key}>
            <dt>{localized(question.label, language)}</dt>
            <dd>{text + unit}</dd>
          </div>
        );
      })}
    </dl>
  );
}
