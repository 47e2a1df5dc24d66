import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { ActivityForm } from '@/features/activities/components/activity-form';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames, useRegionChoices } from '../use-place-names';

export function ManageNewActivityRoute() {
  const { t } = useTranslation('manage');
  const { programmeId = '' } = useParams();
  const navigate = useNavigate();
  // Read from the API, so a reload or a link sent by a colleague shows the programme too.
  const programme = useProgramme(programmeId);
  const places = usePlaceNames();
  const regionChoices = useRegionChoices(places.regionChoices);
  const back = (
    <p className="aside">
      <Link to={paths.manage.programmes.getHref()}>{t('activityForm.back')}</Link>
    </p>
  );

  if (programme.isError) {
    return (
      <Page title={t('activityForm.title')}>
        <ErrorAlert>{errorMessage(programme.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  return (
    <Page title={t('activityForm.title')} intro={t('activityForm.intro')}>
      {/* The line keeps its height while the name loads, so the form below does not move. */}
      <p aria-busy={programme.isPending || undefined}>
        {programme.data ? (
          <Link to={paths.manage.programme.getHref(programme.data.id)}>{t('activityForm.programme', { name: programme.data.name })}</Link>
        ) : (
          t('activityForm.programmeLoading')
        )}
      </p>
      <ActivityForm
        programmeId={programmeId}
        countryChoices={places.countryChoices}
        regionChoices={regionChoices}
        onSuccess={(activity) => navigate(paths.manage.activity.getHref(activity.id))}
      />
      {back}
    </Page>
  );
}

export default ManageNewActivityRoute;
