import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { ProgrammeActivities } from '@/features/activities/components/programme-activities';
import { useAssignManagers } from '@/features/programmes/api/assign-managers';
import { useManagers } from '@/features/programmes/api/get-managers';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { ProgrammeForm } from '@/features/programmes/components/programme-form';
import { StaffEditor } from '@/features/staff/components/staff-editor';
import { errorMessage } from '@/lib/error-message';

/** One programme: its details and partners, who manages it, and its activities. */
export function ManageProgrammeRoute() {
  const { t } = useTranslation('manage');
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const managers = useManagers(id);
  const assignManagers = useAssignManagers(id);
  const [saved, setSaved] = useState(false);
  const back = (
    <p className="aside">
      <Link to={paths.manage.programmes.getHref()}>{t('activity.back')}</Link>
    </p>
  );

  if (programme.isError) {
    return (
      <Page title={t('programme.loading')}>
        <ErrorAlert>{errorMessage(programme.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  if (programme.isPending) {
    return (
      <Page title={t('programme.loading')}>
        <p aria-busy="true" className="loading">
          {t('programme.loading')}
        </p>
      </Page>
    );
  }
  const data = programme.data;
  return (
    <Page title={t('programme.title', { name: data.name })}>
      <SuccessStatus>{saved && t('programme.saved')}</SuccessStatus>
      <details className="disclosure">
        <summary>{t('programme.edit')}</summary>
        <ProgrammeForm programme={data} onSuccess={() => setSaved(true)} />
      </details>
      <StaffEditor role="MANAGER" minimum={1} people={managers.data} loadError={managers.error} onSave={(ids) => assignManagers.mutateAsync(ids)} />
      <p>
        <Link to={paths.manage.outcomes.getHref(data.id)} className="button">
          {t('programme.outcomes')}
        </Link>
      </p>
      <ProgrammeActivities programmeId={data.id} />
      <p>
        <Link to={paths.manage.newActivity.getHref(data.id)} className="button">
          {t('activities.new')}
          <span className="visually-hidden"> {t('activities.newIn', { programme: data.name })}</span>
        </Link>
      </p>
      {back}
    </Page>
  );
}

export default ManageProgrammeRoute;
