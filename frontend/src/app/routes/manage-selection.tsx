import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useActivity } from '@/features/activities/api/get-activity';
import { useApplicationForm } from '@/features/applications/api/get-application-form';
import { APPLICATION_SORTS, type ApplicationSearch } from '@/features/applications/api/get-applications';
import { APPLICATION_STATUSES } from '@/features/applications/api/get-my-application';
import { ApplicationsTable } from '@/features/applications/components/applications-table';
import { FormBuilder } from '@/features/applications/components/form-builder';
import { useAssignReviewers } from '@/features/reviews/api/assign-reviewers';
import { useReviewers } from '@/features/reviews/api/get-reviewers';
import { useRubric } from '@/features/reviews/api/get-rubric';
import { AssignReviewsForm } from '@/features/reviews/components/assign-reviews-form';
import { RubricEditor } from '@/features/reviews/components/rubric-editor';
import { StaffEditor } from '@/features/staff/components/staff-editor';
import { GENDERS } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames, useRegionChoices } from '../use-place-names';

/** Open at first when there is nothing yet to hide; then as she leaves it. */
function Disclosure({ id, title, initiallyOpen, children }: { id: string; title: string; initiallyOpen: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="disclosure section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 id={id} className="disclosure__heading">
          {title}
        </h2>
      </summary>
      {children}
    </details>
  );
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

function selectionSearchFrom(params: URLSearchParams): ApplicationSearch {
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  return {
    status: oneOf(APPLICATION_STATUSES, params.get('status')),
    country: params.get('country')?.trim().slice(0, 2).toUpperCase() || undefined,
    region: params.get('region')?.trim().slice(0, 3) || undefined,
    gender: oneOf(GENDERS, params.get('gender')),
    sort: oneOf(APPLICATION_SORTS, params.get('sort')) ?? 'score',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

/** Everything about choosing participants from applications: the form, the rubric, the reviewers and the decisions. */
export function ManageSelectionRoute() {
  const { t } = useTranslation('applications');
  const { t: tr } = useTranslation('reviews');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const form = useApplicationForm(id);
  const rubric = useRubric(id);
  const reviewers = useReviewers(id);
  const assignReviewers = useAssignReviewers(id);
  const { names, countryChoices, regionChoices: regionGroups } = usePlaceNames();
  const regionChoices = useRegionChoices(regionGroups);
  const search = selectionSearchFrom(params);
  const back = (
    <p className="aside">
      <Link to={paths.manage.activity.getHref(id)}>{t('manage.back')}</Link>
    </p>
  );

  if (activity.isError) {
    return (
      <Page title={t('manage.loading')}>
        <ErrorAlert>{errorMessage(activity.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  if (activity.isPending) {
    return (
      <Page title={t('manage.loading')}>
        <p aria-busy="true" className="loading">
          {t('manage.loading')}
        </p>
      </Page>
    );
  }
  const data = activity.data;
  return (
    <Page title={t('manage.title', { title: data.title })}>
      {data.enrolmentPolicy !== 'APPLICATION' && <p>{t('manage.notByApplication')}</p>}
      <nav aria-label={t('manage.sections')} className="inline-list">
        <a href="#form-heading">{t('manage.form')}</a> · <a href="#rubric-heading">{tr('rubric.title')}</a> ·{' '}
        <a href="#reviewers-heading">{tr('reviewers.title')}</a> · <a href="#applications-heading">{t('selection.heading')}</a>
      </nav>
      {form.isError && <ErrorAlert>{errorMessage(form.error)}</ErrorAlert>}
      {form.data && (
        <Disclosure id="form-heading" title={t('manage.form')} initiallyOpen={form.data.questions.length === 0}>
          <p className="field__hint">{t('builder.intro')}</p>
          <FormBuilder activityId={id} questions={form.data.questions} />
        </Disclosure>
      )}
      {rubric.isError && <ErrorAlert>{errorMessage(rubric.error)}</ErrorAlert>}
      {rubric.data && (
        <Disclosure id="rubric-heading" title={tr('rubric.title')} initiallyOpen={rubric.data.criteria.length === 0}>
          <p className="field__hint">{tr('rubric.intro')}</p>
          <RubricEditor activityId={id} criteria={rubric.data.criteria} />
        </Disclosure>
      )}
      <div id="reviewers-heading" tabIndex={-1}>
        <StaffEditor
          role="REVIEWER"
          searchRoles={['TRAINER', 'MANAGER']}
          people={reviewers.data}
          loadError={reviewers.error}
          onSave={(ids) => assignReviewers.mutateAsync(ids)}
          describe={(person) => {
            const progress = reviewers.data?.find((each) => each.id === person.id);
            return progress ? tr('reviewers.progress', { completed: progress.completed, assigned: progress.assigned }) : null;
          }}
        />
        {reviewers.data && <AssignReviewsForm activityId={id} reviewers={reviewers.data.length} />}
      </div>
      <ApplicationsTable
        key={params.toString()}
        activityId={id}
        search={search}
        onSearch={(next) => navigate(paths.selection.getHref(id, next))}
        hrefFor={(page) => paths.selection.getHref(id, { ...search, page })}
        countryName={(code) => names.country(code)}
        countryChoices={countryChoices}
        regionChoices={regionChoices}
        seatsLeft={data.seatsLeft}
      />
      {back}
    </Page>
  );
}

export default ManageSelectionRoute;
