import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useActivity } from '@/features/activities/api/get-activity';
import { useApplicationForm } from '@/features/applications/api/get-application-form';
import { EDITABLE_STATUSES, useMyApplication, WITHDRAWABLE_STATUSES } from '@/features/applications/api/get-my-application';
import { AnswerSummary } from '@/features/applications/components/answer-summary';
import { ApplicationForm } from '@/features/applications/components/application-form';
import { ApplicationStatusBadge } from '@/features/applications/components/application-status';
import { WithdrawApplicationButton } from '@/features/applications/components/withdraw-application-button';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames } from '../use-place-names';

/** Her application to one activity: the form while she may change it, then what she sent and its status. */
export function ApplyRoute() {
  const { t } = useTranslation('applications');
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const form = useApplicationForm(id);
  const application = useMyApplication(id);
  const { names, countryChoices, ready } = usePlaceNames();
  const [notice, setNotice] = useState<string | null>(null);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const back = (
    <p className="aside">
      <Link to={paths.activity.getHref(id)}>{t('page.back')}</Link>
    </p>
  );

  const failure = activity.error ?? form.error ?? application.error;
  if (failure) {
    return (
      <Page title={t('page.failed')}>
        <ErrorAlert>{errorMessage(failure)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  if (!activity.data || !form.data || application.data === undefined || !ready) {
    return (
      <Page title={t('page.loading')}>
        <p aria-busy="true" className="loading">
          {t('page.loading')}
        </p>
      </Page>
    );
  }
  const mine = application.data;
  const open = activity.data.status === 'PUBLISHED' && activity.data.enrolmentOpen;
  const editable = !mine || EDITABLE_STATUSES.includes(mine.status);
  const questions = form.data.questions;

  return (
    <Page title={t('page.title', { title: activity.data.title })} intro={editable && open ? t('page.intro') : undefined}>
      <div ref={statusRef} tabIndex={-1}>
        <SuccessStatus>{notice}</SuccessStatus>
      </div>
      {mine && (
        <p>
          {t('page.status')}: <ApplicationStatusBadge status={mine.status} />
        </p>
      )}
      {withdrawError != null && <ErrorAlert>{errorMessage(withdrawError)}</ErrorAlert>}
      {editable && !open && <p>{t('panel.closed')}</p>}
      {editable && open && questions.length === 0 && <p>{t('page.noQuestions')}</p>}
      {editable && open && (
        <ApplicationForm
          // Saving keeps the form as it is; a withdrawn application starts it afresh from what she had sent.
          key={mine?.status === 'WITHDRAWN' ? 'withdrawn' : 'editing'}
          activityId={id}
          questions={questions}
          application={mine}
          countries={countryChoices}
          onSent={() => {
            setNotice(t('page.sent'));
            statusRef.current?.focus();
          }}
        />
      )}
      {mine && !editable && (
        <>
          <p>{t(`panel.sentence.${mine.status === 'SCREENED_OUT' ? 'APPLIED' : mine.status}`)}</p>
          <h2>{t('page.yourAnswers')}</h2>
          <AnswerSummary questions={questions} answers={mine.answers} countryName={(code) => names.country(code)} />
          {WITHDRAWABLE_STATUSES.includes(mine.status) && (
            <div className="actions">
              <WithdrawApplicationButton
                application={mine}
                onError={setWithdrawError}
                onWithdrawn={() => {
                  setWithdrawError(null);
                  setNotice(t('withdraw.done'));
                  statusRef.current?.focus();
                }}
              />
            </div>
          )}
        </>
      )}
      {back}
    </Page>
  );
}

export default ApplyRoute;
