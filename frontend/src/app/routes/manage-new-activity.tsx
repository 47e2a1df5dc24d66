import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { CreateActivityForm } from '@/features/activities/components/create-activity-form';
import { usePlaceNames } from '../use-place-names';

export function ManageNewActivityRoute() {
  const { t } = useTranslation('manage');
  const { programmeId = '' } = useParams();
  const navigate = useNavigate();
  const programmeName = (useLocation().state as { programmeName?: string } | null)?.programmeName;
  const places = usePlaceNames();
  // Regions and their sub-regions in one list; a sub-region is indented under its region.
  const regionChoices = useMemo(
    () =>
      places.regionChoices.flatMap((region) => [
        { value: region.value, label: region.label },
        ...region.subregions.map((subregion) => ({ value: subregion.value, label: `\u00a0\u00a0${subregion.label}` })),
      ]),
    [places.regionChoices],
  );

  return (
    <Page title={t('activityForm.title')} intro={t('activityForm.intro')}>
      {programmeName && <p>{t('activityForm.programme', { name: programmeName })}</p>}
      <CreateActivityForm
        programmeId={programmeId}
        countryChoices={places.countryChoices}
        regionChoices={regionChoices}
        onSuccess={(activity) => navigate(paths.manage.activity.getHref(activity.id))}
      />
      <p className="aside">
        <Link to={paths.manage.programmes.getHref()}>{t('activityForm.back')}</Link>
      </p>
    </Page>
  );
}

export default ManageNewActivityRoute;
