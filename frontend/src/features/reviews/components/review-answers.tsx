import { useTranslation } from 'react-i18next';
import { formatAnswer } from '@/lib/answers';
import { localized } from '@/lib/localized';
import type { Review } from '../api/get-my-reviews';

/** The applicant's answers a blind reviewer may see, labelled in the reviewer's language. */
export function ReviewAnswers({ review, countryName }: { review: Pick<Review, 'questions' | 'answers'>; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation('reviews');
  const words = { yes: t('answers.yes'), no: t('answers.no'), none: t('answers.none') };
  return (
    <dl className="answers">
      {review.questions.map((question) => (
        <div key={question.key}>
          <dt>{localized(question.label, i18n.language)}</dt>
          <dd>{formatAnswer(question, review.answers[question.key], i18n.language, countryName, words)}</dd>
        </div>
      ))}
    </dl>
  );
}
