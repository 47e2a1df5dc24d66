import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { catalogueSearchFromParams } from '@/features/activities/api/get-activities';
import { ActivityList } from '@/features/activities/components/activity-list';
import { CatalogueFilters } from '@/features/activities/components/catalogue-filters';
import { usePlaceNames } from '../use-place-names';

export function CatalogueRoute() {
  const { t } = useTranslation('activities');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = useMemo(() => catalogueSearchFromParams(params), [params]);
  const { names, countryChoices, regionChoices } = usePlaceNames();

  return (
    <Page title={t('catalogue.title')} intro={t('catalogue.intro')}>
      <CatalogueFilters search={search} regions={regionChoices} countries={countryChoices} onSearch={(next) => navigate(paths.catalogue.getHref(next))} />
      <ActivityList search={search} names={names} />
    </Page>
  );
}

export default CatalogueRoute;
