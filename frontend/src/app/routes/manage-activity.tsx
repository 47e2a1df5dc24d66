import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useAssignTrainers } from '@/features/activities/api/assign-trainers';
import { useActivity } from '@/features/activities/api/get-activity';
import { useTrainers } from '@/features/activities/api/get-trainers';
import { ActivityDetails, ActivityDetailsSkeleton } from '@/features/activities/components/activity-details';
import { ActivityLifecycle } from '@/features/activities/components/activity-lifecycle';
import { ActivityForm } from '@/features/activities/components/activity-form';
import { EligibilitySummary } from '@/features/activities/components/eligibility-summary';
import { SessionForm } from '@/features/activities/components/session-form';
import { SessionList } from '@/features/activities/components/session-list';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@/features/enrolments/api/get-my-enrolments';
import type { RosterSearch } from '@/features/enrolments/api/get-roster';
import { DirectEnrolmentForm } from '@/features/enrolments/components/direct-enrolment-form';
import { Roster } from '@/features/enrolments/components/roster';
import { StaffEditor } from '@/features/staff/components/staff-editor';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames, useRegionChoices } from '../use-place-names';

// Rates and completions load after the page: they are below the fold and only for those who run it.
const ActivityAttendance = lazy(() =>
  import('@/features/attendance/components/activity-attendance').then((module) => ({ default: module.ActivityAttendance })),
);

// Course material is edited below the rest, with its own code and translations.
const CourseEditor = lazy(() => import('@/features/course/components/course-editor').then((module) => ({ default: module.CourseEditor })));

// Surveys, outcomes and milestones come with their own code and translations, below the rest.
const ActivityResults = lazy(() => import('../activity-results').then((module) => ({ default: module.ActivityResults })));

function rosterSearchFrom(params: URLSearchParams): RosterSearch {
  const status = params.get('status');
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  return {
    status: (ENROLMENT_STATUSES as readonly string[]).includes(status ?? '') ? (status as EnrolmentStatus) : undefined,
    q: params.get('q')?.trim().slice(0, 200) || undefined,
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

export function ManageActivityRoute() {
  const { t } = useTranslation('manage');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const { names, ready, countryChoices, regionChoices: regionGroups } = usePlaceNames();
  const regionChoices = useRegionChoices(regionGroups);
  const trainers = useTrainers(id);
  const assignTrainers = useAssignTrainers(id);
  const [saved, setSaved] = useState(false);
  const search = rosterSearchFrom(params);
  const back = (
    <p className="aside">
      <Link to={paths.manage.programmes.getHref()}>{t('activity.back')}</Link>
    </p>
  );

  if (activity.isError) {
    return (
      <Page title={t('activity.loading')}>
        <ErrorAlert>{errorMessage(activity.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  if (activity.isPending) {
    return (
      <Page title={t('activity.loading')}>
        <ActivityDetailsSkeleton />
      </Page>
    );
  }
  const data = activity.data;
  return (
    <Page title={t('activity.title', { title: data.title })}>
      <p>
        {t('activity.status')}: <strong className="badge badge--info">{t(`activity.statuses.${data.status}`)}</strong>
      </p>
      {data.status === 'DRAFT' && <p className="field__hint">{t('activity.draftNote')}</p>}
      <ActivityLifecycle activity={data} />
      <SuccessStatus>{saved && t('activity.saved')}</SuccessStatus>
      {(data.status === 'DRAFT' || data.status === 'PUBLISHED') && (
        <details className="disclosure">
          <summary>{t('activity.edit')}</summary>
          <ActivityForm
            programmeId={data.programmeId}
            activity={data}
            countryChoices={countryChoices}
            regionChoices={regionChoices}
            onSuccess={() => setSaved(true)}
          />
        </details>
      )}
      <ActivityDetails activity={data} names={names} />
      <p>{t('activity.seats', { enrolled: data.enrolled, capacity: data.capacity, waitlisted: data.waitlisted })}</p>
      {ready && <EligibilitySummary eligibility={data.eligibility} names={names} />}
      {data.status !== 'DRAFT' && (
        <p>
          <Link to={paths.activity.getHref(data.id)}>{t('activity.publicPage')}</Link>
        </p>
      )}
      {data.enrolmentPolicy === 'APPLICATION' && (
        <p>
          <Link to={paths.selection.getHref(data.id)} className="button button--primary">
            {t('activity.selection')}
          </Link>
        </p>
      )}
      {(data.status === 'PUBLISHED' || data.status === 'CLOSED') && (
        <p>
          <Link to={paths.manage.newImport.getHref(data.id)} className="button">
            {t('activity.import')}
          </Link>
        </p>
      )}
      <StaffEditor role="TRAINER" people={trainers.data} loadError={trainers.error} onSave={(ids) => assignTrainers.mutateAsync(ids)} />
      <SessionList activityId={data.id} timeZone={data.timeZone} manage attendanceHref={paths.attendance.getHref} />
      <SessionForm activityId={data.id} />
      <Suspense fallback={null}>
        <ActivityAttendance activityId={data.id} canSetRule canRevokeCertificates />
      </Suspense>
      <Suspense fallback={null}>
        <CourseEditor activityId={data.id} />
      </Suspense>
      <Suspense fallback={null}>
        <ActivityResults activity={data} canManage />
      </Suspense>
      <Roster
        // The filter form starts from the URL; a new search in the URL (back button) starts it afresh.
        key={`${search.status ?? ''}|${search.q ?? ''}`}
        activityId={data.id}
        search={search}
        onSearch={(next) => navigate(paths.manage.activity.getHref(data.id, next))}
        hrefFor={(page) => paths.manage.activity.getHref(data.id, { ...search, page })}
        countryName={(code) => names.country(code)}
      />
      {(data.status === 'PUBLISHED' || data.status === 'CLOSED') && <DirectEnrolmentForm activityId={data.id} />}
      {back}
    </Page>
  );
}

export default ManageActivityRoute;
