import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useSurvey } from '@/features/surveys/api/get-survey';
import { SurveyAnswers } from '@/features/surveys/components/survey-answers';
import { SurveyForm } from '@/features/surveys/components/survey-form';
import { ApiError } from '@/lib/api-client';
import { formatInstant } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { localized } from '@/lib/localized';
import { usePlaceNames } from '../use-place-names';

/** One survey of an activity she holds a seat in: her answers while it is open, read-only after. */
export function SurveyRoute() {
  const { t, i18n } = useTranslation('surveys');
  const { id = '' } = useParams();
  const survey = useSurvey(id);
  const { names, countryChoices, ready } = usePlaceNames();
  const language = i18n.language;
  const back = (
    <p className="aside">
      <Link to={paths.myLearning.getHref()}>{t('page.back')}</Link>
    </p>
  );

  if (survey.isError) {
    const noSeat = survey.error instanceof ApiError && survey.error.status === 403;
    return (
      <Page title={t('page.failed')}>
        <ErrorAlert>{noSeat ? t('page.noSeat') : errorMessage(survey.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  if (survey.isPending || !ready) {
    return (
      <Page title={t('page.loading')}>
        <p aria-busy="true" className="loading">
          {t('page.loading')}
        </p>
      </Page>
    );
  }
  const data = survey.data;
  const answered = Object.keys(data.answers).length > 0;
  return (
    <Page title={localized(data.title, language)} intro={data.open ? t('page.intro') : undefined}>
      <dl className="card__facts survey__facts">
        <div>
          <dt>{t('page.activity')}</dt>
          <dd>{data.activityTitle}</dd>
        </div>
        <div>
          <dt>{t('page.kind')}</dt>
          <dd>{t(`kind.${data.kind}`)}</dd>
        </div>
        {data.open && (
          <div>
            <dt>{t('page.closes')}</dt>
            <dd>{formatInstant(data.closesAt, language)}</dd>
          </div>
        )}
      </dl>
      {data.questions.length === 0 ? (
        <p>{t('page.noQuestions')}</p>
      ) : data.open ? (
        <SurveyForm survey={data} countries={countryChoices} />
      ) : (
        <section aria-labelledby="survey-answers">
          <div className="alert survey__closed">
            <span aria-hidden="true" className="alert__icon">
              🔒
            </span>
            <div>
              <p>
                <strong>{t('page.closed')}</strong>
              </p>
              <p>{answered ? t('page.closedNote') : t('page.notAnswered')}</p>
            </div>
          </div>
          <h2 id="survey-answers">{t('page.yourAnswers')}</h2>
          <SurveyAnswers questions={data.questions} answers={data.answers} countryName={(code) => names.country(code)} />
        </section>
      )}
      {back}
    </Page>
  );
}

export default SurveyRoute;
