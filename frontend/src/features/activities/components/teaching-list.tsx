import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { formatPlainDateRange } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import type { Activity } from '../api/get-activity';
import { MY_TEACHING_PAGE_SIZE, useMyTeaching } from '../api/get-my-teaching';
import { ActivityKind, usePlace } from './activity-facts';
import type { PlaceNames } from './place-names';

function TeachingCard({ activity, names }: { activity: Activity; names: PlaceNames }) {
  const { t, i18n } = useTranslation(['activities', 'manage']);
  const place = usePlace(activity, names);
  const titleId = `teaching-${activity.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        <Link to={paths.teachingActivity.getHref(activity.id)}>{activity.title}</Link>
      </h2>
      <ActivityKind activity={activity} />
      <dl className="card__facts">
        <div>
          <dt>{t('facts.when')}</dt>
          <dd>
            <time dateTime={activity.startDate}>{formatPlainDateRange(activity.startDate, activity.endDate, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('facts.where')}</dt>
          <dd>{place}</dd>
        </div>
        <div>
          <dt>{t('activity.status', { ns: 'manage' })}</dt>
          <dd>
            <span className={activity.status === 'CANCELLED' ? 'badge badge--off' : 'badge badge--info'}>
              {t(`activity.statuses.${activity.status}`, { ns: 'manage' })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('facts.seats')}</dt>
          <dd>{t('teaching.seats', { enrolled: activity.enrolled, capacity: activity.capacity, waitlisted: activity.waitlisted })}</dd>
        </div>
      </dl>
    </article>
  );
}

/** The activities she trains, soonest first, each leading to the page where she plans its sessions. */
export function TeachingList({ page, names }: { page: number; names: PlaceNames }) {
  const { t } = useTranslation('activities');
  const teaching = useMyTeaching(page);

  if (teaching.isPending) {
    return (
      <p aria-busy="true" className="loading">
        {t('teaching.loading')}
      </p>
    );
  }
  if (teaching.isError) return <ErrorAlert>{errorMessage(teaching.error)}</ErrorAlert>;

  const { items, total } = teaching.data;
  const pages = Math.max(1, Math.ceil(total / (teaching.data.size || MY_TEACHING_PAGE_SIZE)));
  if (items.length === 0) {
    return (
      <div className="empty-state">
        {total > 0 ? (
          <>
            <p>{t('list.pastEnd')}</p>
            <p>
              <Link to={paths.teaching.getHref()} className="button">
                {t('list.firstPage')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>{t('teaching.empty')}</p>
            <p>{t('teaching.emptyHint')}</p>
          </>
        )}
      </div>
    );
  }
  return (
    <section aria-labelledby="teaching-list" aria-busy={teaching.isFetching || undefined}>
      <h2 id="teaching-list" className="visually-hidden">
        {t('teaching.list')}
      </h2>
      <ul className="card-list">
        {items.map((activity) => (
          <li key={activity.id}>
            <TeachingCard activity={activity} names={names} />
          </li>
        ))}
      </ul>
      <Pagination page={teaching.data.page} pages={pages} hrefFor={(target) => paths.teaching.getHref({ page: target })} label={t('teaching.pagination')} />
    </section>
  );
}
