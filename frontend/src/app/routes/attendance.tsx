import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useAttendanceSheet } from '@/features/attendance/api/get-attendance-sheet';
import { AttendanceSheet } from '@/features/attendance/components/attendance-sheet';
import { CheckInCodePanel } from '@/features/attendance/components/check-in-code-panel';
import { ApiError } from '@/lib/api-client';
import { hasRole, useUser } from '@/lib/auth';
import { formatInstantRange } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { ForbiddenRoute } from './forbidden';

const checkInUrl = (sessionId: string) => (code: string) => `${window.location.origin}${paths.checkIn.getHref(sessionId, code)}`;

/** A session's attendance, marked on a phone by its trainer (or a manager), with the self check-in code. */
export function AttendanceRoute() {
  const { t, i18n } = useTranslation('attendance');
  const { sessionId = '' } = useParams();
  const sheet = useAttendanceSheet(sessionId);
  const user = useUser();
  const activityHref = (activityId: string) =>
    hasRole(user.data, 'TRAINER') ? paths.teachingActivity.getHref(activityId) : paths.manage.activity.getHref(activityId);

  if (sheet.error instanceof ApiError && sheet.error.status === 403) return <ForbiddenRoute />;
  if (sheet.isError) {
    const notFound = sheet.error instanceof ApiError && sheet.error.status === 404;
    return (
      <Page title={notFound ? t('sheet.notFound') : t('sheet.failed')}>
        {!notFound && <ErrorAlert>{errorMessage(sheet.error)}</ErrorAlert>}
        <p className="aside">
          <Link to={paths.teaching.getHref()}>{t('sheet.back')}</Link>
        </p>
      </Page>
    );
  }
  if (sheet.isPending) {
    return (
      <Page title={t('sheet.loading')}>
        <p aria-busy="true" className="loading">
          {t('sheet.loading')}
        </p>
      </Page>
    );
  }
  const { session, activityTitle } = sheet.data;
  return (
    <Page title={t('sheet.title', { title: session.title })}>
      <p className="lead">
        {activityTitle} · <time dateTime={session.startsAt}>{formatInstantRange(session.startsAt, session.endsAt, i18n.language)}</time>
      </p>
      <CheckInCodePanel sessionId={session.id} checkInUrl={checkInUrl(session.id)} />
      <AttendanceSheet sessionId={session.id} sheet={sheet.data} />
      <p className="aside">
        <Link to={activityHref(session.activityId)}>{t('sheet.back')}</Link>
      </p>
    </Page>
  );
}

export default AttendanceRoute;
