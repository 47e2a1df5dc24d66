import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useActivity } from '@/features/activities/api/get-activity';
import { ActivityDescription, ActivityDetails, ActivityDetailsSkeleton } from '@/features/activities/components/activity-details';
import { EligibilitySummary } from '@/features/activities/components/eligibility-summary';
import { SessionList } from '@/features/activities/components/session-list';
import { ApplicationPanel } from '@/features/applications/components/application-panel';
import { EnrolPanel } from '@/features/enrolments/components/enrol-panel';
import { ApiError } from '@/lib/api-client';
import { useIsSignedIn } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames } from '../use-place-names';

// Only for someone holding a seat; the link and its words load after the page.
const CourseLink = lazy(() => import('@/features/course/components/course-link'));

export function ActivityRoute() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const { names, ready } = usePlaceNames();
  const signedIn = useIsSignedIn();
  const back = (
    <p className="aside">
      <Link to={paths.catalogue.getHref()}>{t('details.back')}</Link>
    </p>
  );

  if (activity.isError) {
    const notFound = activity.error instanceof ApiError && activity.error.status === 404;
    return (
      <Page title={notFound ? t('details.notFound') : t('details.failed')}>
        {!notFound && <ErrorAlert>{errorMessage(activity.error)}</ErrorAlert>}
        {back}
      </Page>
    );
  }
  if (activity.isPending) {
    return (
      <Page title={t('details.loading')}>
        <ActivityDetailsSkeleton />
      </Page>
    );
  }
  const data = activity.data;
  return (
    <Page title={data.title}>
      <ActivityDetails activity={data} names={names} />
      {/* Waits for the names rather than show codes that turn into words a moment later. */}
      {ready ? <EligibilitySummary eligibility={data.eligibility} names={names} /> : <div className="eligibility eligibility--pending" aria-hidden="true" />}
      {/* Once accepted she holds a seat like anyone else; until then, her application is what matters. */}
      {data.enrolmentPolicy === 'APPLICATION' ? <ApplicationPanel activity={data} /> : <EnrolPanel activity={data} />}
      {signedIn && (
        <Suspense fallback={null}>
          <CourseLink activityId={data.id} href={paths.course.getHref(data.id)} />
        </Suspense>
      )}
      <ActivityDescription activity={data} />
      <SessionList activityId={data.id} timeZone={data.timeZone} />
      {back}
    </Page>
  );
}

export default ActivityRoute;
