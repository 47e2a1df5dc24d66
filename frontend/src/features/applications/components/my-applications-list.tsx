import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { formatPlainDate } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { WITHDRAWABLE_STATUSES, type Application } from '../api/get-my-application';
import { useMyApplications } from '../api/get-my-applications';
import { ApplicationStatusBadge } from './application-status';
import { WithdrawApplicationButton } from './withdraw-application-button';

function ApplicationCard({ application, onWithdrawn }: { application: Application; onWithdrawn: (application: Application) => void }) {
  const { t, i18n } = useTranslation('applications');
  const [error, setError] = useState<unknown>(null);
  const titleId = `application-${application.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        <Link to={paths.activity.getHref(application.activityId)}>{application.activityTitle}</Link>
      </h3>
      <dl className="card__facts">
        <div>
          <dt>{t('mine.starts')}</dt>
          <dd>
            <time dateTime={application.activityStartDate}>{formatPlainDate(application.activityStartDate, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('mine.status')}</dt>
          <dd>
            <ApplicationStatusBadge status={application.status} />
          </dd>
        </div>
      </dl>
      {error != null && <ErrorAlert>{errorMessage(error)}</ErrorAlert>}
      <div className="actions">
        <Link to={paths.apply.getHref(application.activityId)} className="button">
          {application.status === 'DRAFT' ? t('panel.continue') : t('panel.view')}
          <span className="visually-hidden">: {application.activityTitle}</span>
        </Link>
        {WITHDRAWABLE_STATUSES.includes(application.status) && (
          <WithdrawApplicationButton
            application={application}
            onError={setError}
            onWithdrawn={(withdrawn) => {
              setError(null);
              onWithdrawn(withdrawn);
            }}
          />
        )}
      </div>
    </article>
  );
}

/** Her applications, newest first, each with its status and the way to withdraw it. Nothing when she has none. */
export function MyApplicationsList() {
  const { t } = useTranslation('applications');
  const applications = useMyApplications(0);
  const [message, setMessage] = useState<string | null>(null);
  if (applications.isPending) return null;
  if (applications.isError) return <ErrorAlert>{errorMessage(applications.error)}</ErrorAlert>;
  if (applications.data.items.length === 0) return null;
  return (
    <section className="section" aria-labelledby="my-applications">
      <h2 id="my-applications">{t('mine.title')}</h2>
      <SuccessStatus>{message}</SuccessStatus>
      <ul className="card-list">
        {applications.data.items.map((application) => (
          <li key={application.id}>
            <ApplicationCard application={application} onWithdrawn={(withdrawn) => setMessage(t('withdraw.doneFor', { title: withdrawn.activityTitle }))} />
          </li>
        ))}
      </ul>
    </section>
  );
}
