import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useIsSignedIn } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { EDITABLE_STATUSES, useMyApplication, WITHDRAWABLE_STATUSES } from '../api/get-my-application';
import { WithdrawApplicationButton } from './withdraw-application-button';

type ApplicableActivity = { id: string; status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'CANCELLED'; enrolmentOpen: boolean };

/**
 * Where an activity selects from applications, the enrolment panel says where her application
 * stands and leads to it: apply, continue, or what became of it.
 */
export function ApplicationPanel({ activity }: { activity: ApplicableActivity }) {
  const { t } = useTranslation('applications');
  const location = useLocation();
  const signedIn = useIsSignedIn();
  const headingId = useId();
  const application = useMyApplication(activity.id);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const open = activity.status === 'PUBLISHED' && activity.enrolmentOpen;
  const applyHref = paths.apply.getHref(activity.id);

  const body = () => {
    if (!signedIn) {
      return open ? (
        <Link to={paths.auth.signIn.getHref(location.pathname + location.search)} className="button button--primary">
          {t('panel.signIn')}
        </Link>
      ) : (
        <p>{t('panel.closed')}</p>
      );
    }
    if (application.isError) return <ErrorAlert>{errorMessage(application.error)}</ErrorAlert>;
    if (application.isPending) return <p aria-busy="true">{t('panel.loading')}</p>;
    const mine = application.data;
    if (!mine) {
      return open ? (
        <Link to={applyHref} className="button button--primary">
          {t('panel.apply')}
        </Link>
      ) : (
        <p>{t('panel.closed')}</p>
      );
    }
    const shown = mine.status === 'SCREENED_OUT' ? 'APPLIED' : mine.status;
    return (
      <>
        <p className="enrol-panel__status">{t(`panel.sentence.${shown}`)}</p>
        <div className="actions">
          {EDITABLE_STATUSES.includes(mine.status) && open && (
            <Link to={applyHref} className="button button--primary">
              {mine.status === 'DRAFT' ? t('panel.continue') : t('panel.resume')}
            </Link>
          )}
          {!EDITABLE_STATUSES.includes(mine.status) && (
            <Link to={applyHref} className="button">
              {t('panel.view')}
            </Link>
          )}
          {WITHDRAWABLE_STATUSES.includes(mine.status) && mine.status !== 'DRAFT' && (
            <WithdrawApplicationButton application={mine} onError={setWithdrawError} onWithdrawn={() => setWithdrawError(null)} />
          )}
        </div>
        {mine.status === 'DRAFT' && !open && <p>{t('panel.closed')}</p>}
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="enrol-panel">
      <h2 id={headingId}>{t('panel.title')}</h2>
      {withdrawError != null && <ErrorAlert>{errorMessage(withdrawError)}</ErrorAlert>}
      <div className="enrol-panel__action">{body()}</div>
    </section>
  );
}
