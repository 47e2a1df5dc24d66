import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { activitiesQueryKey, getActivityQueryOptions, useActivity } from '@/features/activities/api/get-activity';
import { rosterQueryKey } from '@/features/enrolments/api/get-roster';
import { useImport, type Import } from '@/features/imports/api/get-import';
import { ImportColumns } from '@/features/imports/components/import-columns';
import { ImportResult } from '@/features/imports/components/import-result';
import { ImportUploadForm } from '@/features/imports/components/import-upload-form';
import { errorMessage } from '@/lib/error-message';

const pageFrom = (value: string | null) => {
  const page = Number.parseInt(value ?? '0', 10);
  return Number.isFinite(page) && page > 0 ? page : 0;
};

/** Participants are imported only while the activity takes enrolments. */
const importable = (status: string) => status === 'PUBLISHED' || status === 'CLOSED';

/** Choose the file: the columns, the template, the upload. The check's result has its own address. */
export function ManageNewImportRoute() {
  const { t } = useTranslation('imports');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const activity = useActivity(id);
  const back = (
    <p className="aside">
      <Link to={paths.manage.activity.getHref(id)}>{t('back')}</Link>
    </p>
  );

  if (activity.isError || activity.isPending) {
    return (
      <Page title={t('loading')}>
        {activity.isError ? (
          <ErrorAlert>{errorMessage(activity.error)}</ErrorAlert>
        ) : (
          <p aria-busy="true" className="loading">
            {t('loading')}
          </p>
        )}
        {back}
      </Page>
    );
  }
  return (
    <Page title={t('title', { title: activity.data.title })} intro={t('intro')}>
      {!importable(activity.data.status) && <ErrorAlert>{t('notPublished')}</ErrorAlert>}
      <ImportColumns />
      <section className="section" aria-labelledby="import-upload-heading">
        <h2 id="import-upload-heading">{t('upload.heading')}</h2>
        <ImportUploadForm activityId={id} onUploaded={(result) => navigate(paths.manage.import.getHref(result.id))} />
      </section>
      {back}
    </Page>
  );
}

/** Once it ends, what the activity's page shows (seats, roster) is out of date. */
function useRefreshWhenDone(result: Import | undefined) {
  const queryClient = useQueryClient();
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!result) return;
    const was = seen.current;
    seen.current = result.status;
    if (result.status === 'DONE' && was !== 'DONE') {
      void queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
      void queryClient.invalidateQueries({ queryKey: rosterQueryKey(result.activityId) });
    }
  }, [result, queryClient]);
}

/** One import, by its id: the dry run, its progress and its end survive a reload or a shared link. */
export function ManageImportRoute() {
  const { t } = useTranslation('imports');
  const { importId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const result = useImport(importId);
  const activityId = result.data?.activityId ?? '';
  const activity = useQuery({ ...getActivityQueryOptions(activityId), enabled: activityId !== '' });
  useRefreshWhenDone(result.data);

  if (result.isError || result.isPending) {
    return (
      <Page title={t('loading')}>
        {result.isError ? (
          <ErrorAlert>{errorMessage(result.error)}</ErrorAlert>
        ) : (
          <p aria-busy="true" className="loading">
            {t('loading')}
          </p>
        )}
        <p className="aside">
          <Link to={paths.manage.programmes.getHref()}>{t('backToManage')}</Link>
        </p>
      </Page>
    );
  }
  const data = result.data;
  const uploadAgain = (
    <section className="section" aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading">{t('upload.again')}</h2>
      <ImportUploadForm activityId={data.activityId} onUploaded={(next) => navigate(paths.manage.import.getHref(next.id))} />
    </section>
  );
  return (
    <Page title={activity.data ? t('title', { title: activity.data.title }) : t('titleNoActivity')}>
      <ImportResult
        result={data}
        problemsPage={pageFrom(params.get('problems'))}
        rowsPage={pageFrom(params.get('rows'))}
        hrefFor={(pages) => paths.manage.import.getHref(data.id, pages)}
        uploadAgain={uploadAgain}
        whenDone={
          <p>
            <Link to={paths.manage.activity.getHref(data.activityId)} className="button button--primary">
              {t('done.roster')}
            </Link>
          </p>
        }
      />
      <p className="aside">
        <Link to={paths.manage.activity.getHref(data.activityId)}>{t('back')}</Link>
      </p>
      {data.status === 'CHECKED' && (
        <p className="aside">
          <Link to={paths.manage.newImport.getHref(data.activityId)}>{t('checked.another')}</Link>
        </p>
      )}
    </Page>
  );
}

export default ManageImportRoute;
