import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { CATALOGUE_PAGE_SIZE, useActivities, type CatalogueSearch } from '../api/get-activities';
import { ActivityCard, ActivityCardSkeleton } from './activity-card';
import type { PlaceNames } from './place-names';

const SKELETON_CARDS = 3;

/** The catalogue's results, soonest first (the server sorts them), a page at a time. */
export function ActivityList({ search, names }: { search: CatalogueSearch; names: PlaceNames }) {
  const { t } = useTranslation('activities');
  const activities = useActivities(search);
  const { page: _page, ...filters } = search;
  const hrefFor = (page: number) => paths.catalogue.getHref({ ...filters, page });
  const data = activities.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.size || CATALOGUE_PAGE_SIZE))) : 1;

  const summary = () => {
    if (activities.isPending) return t('list.loading');
    if (activities.isError) return '';
    if (data!.items.length === 0) return data!.total > 0 ? t('list.pastEnd') : t('list.empty');
    return t('list.count', { count: data!.total });
  };

  const body = () => {
    if (activities.isPending) {
      return (
        <ul className="card-list" aria-hidden="true">
          {Array.from({ length: SKELETON_CARDS }, (_, index) => (
            <li key={index}>
              <ActivityCardSkeleton />
            </li>
          ))}
        </ul>
      );
    }
    if (activities.isError) {
      return (
        <ErrorAlert>
          <p>{t('list.failed', { reason: errorMessage(activities.error) })}</p>
          <p>
            <button type="button" className="button" onClick={() => void activities.refetch()}>
              {t('list.retry')}
            </button>
          </p>
        </ErrorAlert>
      );
    }
    if (data!.items.length === 0) {
      return (
        <p>
          <Link to={data!.total > 0 ? hrefFor(0) : paths.catalogue.getHref()}>{data!.total > 0 ? t('list.firstPage') : t('list.showAll')}</Link>
        </p>
      );
    }
    return (
      <>
        <ul className="card-list">
          {data!.items.map((activity) => (
            <li key={activity.id}>
              <ActivityCard activity={activity} names={names} />
            </li>
          ))}
        </ul>
        <Pagination page={data!.page} pages={pages} hrefFor={hrefFor} label={t('list.pagination')} />
      </>
    );
  };

  return (
    <section aria-labelledby="catalogue-results" aria-busy={activities.isFetching || undefined} className="results">
      <h2 id="catalogue-results" className="visually-hidden">
        {t('list.results')}
      </h2>
      {/* One live line: read out when the results change, not card by card. */}
      <p role="status" className="results-count">
        {summary()}
      </p>
      {body()}
    </section>
  );
}
