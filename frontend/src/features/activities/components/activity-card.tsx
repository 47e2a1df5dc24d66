import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { Activity } from '../api/get-activity';
import { ActivityFacts, ActivityKind, EnrolmentBadge } from './activity-facts';
import type { PlaceNames } from './place-names';

export function ActivityCard({ activity, names }: { activity: Activity; names: PlaceNames }) {
  const titleId = `activity-${activity.id}`;
  return (
    <article className="card activity-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        <Link to={paths.activity.getHref(activity.id)}>{activity.title}</Link>
      </h2>
      <ActivityKind activity={activity} />
      <ActivityFacts activity={activity} names={names} className="card__facts" />
      <p className="activity-card__badge">
        <EnrolmentBadge activity={activity} />
      </p>
    </article>
  );
}

/** Holds a card's place while the results load, so they appear without pushing anything around. */
export function ActivityCardSkeleton() {
  return (
    <div className="card activity-card skeleton" aria-hidden="true">
      <span className="skeleton__line skeleton__line--title" />
      <span className="skeleton__line skeleton__line--short" />
      <span className="skeleton__line" />
      <span className="skeleton__line" />
      <span className="skeleton__line skeleton__line--short" />
      <span className="skeleton__line skeleton__line--short" />
      <span className="skeleton__line skeleton__line--badge" />
    </div>
  );
}
