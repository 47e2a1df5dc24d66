import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { formatInstant } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { localized } from '@/lib/localized';
import { useMySurveys, type MySurvey } from '../api/get-my-surveys';

/** Where she stands with a survey: what to do and by when. */
export function surveyState(survey: Pick<MySurvey, 'open' | 'answeredAt' | 'opensAt'>, now = Date.now()) {
  if (survey.open) return survey.answeredAt ? 'answeredOpen' : 'answerBy';
  if (new Date(survey.opensAt).getTime() > now) return 'opensOn';
  return survey.answeredAt ? 'answered' : 'missed';
}

function SurveyCard({ survey }: { survey: MySurvey }) {
  const { t, i18n } = useTranslation('surveys');
  const language = i18n.language;
  const title = localized(survey.title, language);
  const state = surveyState(survey);
  const due = state === 'answerBy';
  const link = state === 'answerBy' ? t('mine.answer') : state === 'answeredOpen' ? t('mine.change') : t('mine.see');
  return (
    <li className={due ? 'card survey-card' : 'card card--muted survey-card'} aria-label={title}>
      <h3 className="card__title">{title}</h3>
      <p className="survey-card__activity">{survey.activityTitle}</p>
      <p>
        <span className="badge">{t(`kind.${survey.kind}`)}</span>
      </p>
      <p className={due ? 'survey-card__due' : undefined}>
        {(state === 'answered' || state === 'answeredOpen') && <span aria-hidden="true">✓ </span>}
        {state === 'answered' || state === 'missed'
          ? t(`mine.${state}`)
          : t(`mine.${state}`, { date: formatInstant(state === 'opensOn' ? survey.opensAt : survey.closesAt, language) })}
      </p>
      {state !== 'opensOn' && (
        <div className="actions">
          <Link className={due ? 'button button--primary' : 'button'} to={paths.survey.getHref(survey.id)}>
            {link}
            <span className="visually-hidden">: {title}</span>
          </Link>
        </div>
      )}
    </li>
  );
}

/** The surveys her activities ask her: open ones first, the soonest closing first. */
export function MySurveysList() {
  const { t } = useTranslation('surveys');
  const headingId = useId();
  const surveys = useMySurveys();
  const body = () => {
    if (surveys.isPending) return <p aria-busy="true">{t('mine.loading')}</p>;
    if (surveys.isError) return <ErrorAlert>{errorMessage(surveys.error)}</ErrorAlert>;
    if (surveys.data.length === 0) return <p>{t('mine.none')}</p>;
    return (
      <ul className="card-list">
        {surveys.data.map((survey) => (
          <SurveyCard key={survey.id} survey={survey} />
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('mine.title')}</h2>
      {body()}
    </section>
  );
}

export default MySurveysList;
