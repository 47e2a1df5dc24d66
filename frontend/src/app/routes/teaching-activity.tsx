import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useActivity } from '@/features/activities/api/get-activity';
import { useTrainers } from '@/features/activities/api/get-trainers';
import { ActivityDetails, ActivityDetailsSkeleton } from '@/features/activities/components/activity-details';
import { SessionForm } from '@/features/activities/components/session-form';
import { SessionList } from '@/features/activities/components/session-list';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames } from '../use-place-names';
import { ForbiddenRoute } from './forbidden';

// Rates and completions load after the page: they are below the fold and only for those who run it.
const ActivityAttendance = lazy(() =>
  import('@/features/attendance/components/activity-attendance').then((module) => ({ default: module.ActivityAttendance })),
);

// Course material is edited below the rest, with its own code and translations.
const CourseEditor = lazy(() => import('@/features/course/components/course-editor').then((module) => ({ default: module.CourseEditor })));

// Surveys, outcomes and milestones come with their own code and translations, below the rest.
const ActivityResults = lazy(() => import('../activity-results').then((module) => ({ default: module.ActivityResults })));

/**
 * One activity she trains: its facts and its sessions, which she adds, changes and deletes. The
 * activity itself is public once published; its trainers are not, so their answer (403 to anyone
 * else) says whether she may be here.
 */
export function TeachingActivityRoute() {
  const { t, i18n } = useTranslation(['activities', 'manage']);
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const trainers = useTrainers(id);
  const { names } = usePlaceNames();
  const back = (
    <p className="aside">
      <Link to={paths.teaching.getHref()}>{t('teaching.back')}</Link>
    </p>
  );

  if (trainers.error instanceof ApiError && trainers.error.status === 403) return <ForbiddenRoute />;
  if (activity.isError) {
    const notFound = activity.error instanceof ApiError && activity.error.status === 404;
    return (
      <Page title={notFound ? t('details.notFound') : t('details.failed')}>
        {!notFound && <ErrorAlert>{errorMessage(activity.error)}</ErrorAlert>}
        {back}
      </Page>
    );
  }
  if (activity.isPending || trainers.isPending) {
    return (
      <Page title={t('details.loading')}>
        <ActivityDetailsSkeleton />
      </Page>
    );
  }
  const data = activity.data;
  return (
    <Page title={t('teaching.activityTitle', { title: data.title })}>
      <ActivityDetails activity={data} names={names} />
      <p>
        {t('activity.status', { ns: 'manage' })}: <strong className="badge badge--info">{t(`activity.statuses.${data.status}`, { ns: 'manage' })}</strong>
      </p>
      {trainers.isError ? (
        <ErrorAlert>{errorMessage(trainers.error)}</ErrorAlert>
      ) : (
        <p>{t('teaching.trainers', { names: new Intl.ListFormat(i18n.language).format(trainers.data.map((trainer) => trainer.displayName)) })}</p>
      )}
      <SessionList activityId={data.id} timeZone={data.timeZone} manage attendanceHref={paths.attendance.getHref} />
      <SessionForm activityId={data.id} />
      <Suspense fallback={null}>
        <ActivityAttendance activityId={data.id} />
      </Suspense>
      <Suspense fallback={null}>
        <CourseEditor activityId={data.id} />
      </Suspense>
      <Suspense fallback={null}>
        <ActivityResults activity={data} />
      </Suspense>
      {back}
    </Page>
  );
}

export default TeachingActivityRoute;
