import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/dates';
import type { Activity } from '../api/get-activity';
import { ActivityFacts, ActivityKind, EnrolmentBadge } from './activity-facts';
import type { PlaceNames } from './place-names';

/** What the activity is, where, when and for how many. */
export function ActivityDetails({ activity, names }: { activity: Activity; names: PlaceNames }) {
  const { t, i18n } = useTranslation('activities');
  const language = i18n.language;
  const windowText = () => {
    if (activity.enrolmentOpensAt && new Date(activity.enrolmentOpensAt).getTime() > Date.now()) {
      return t('details.opensAt', { date: formatInstant(activity.enrolmentOpensAt, language) });
    }
    if (activity.enrolmentClosesAt && new Date(activity.enrolmentClosesAt).getTime() > Date.now()) {
      return t('details.closesAt', { date: formatInstant(activity.enrolmentClosesAt, language) });
    }
    return null;
  };
  const enrolmentWindow = windowText();
  return (
    <div className="activity-details">
      <p className="activity-details__programme">{t('details.programme', { name: activity.programmeName })}</p>
      <ActivityKind activity={activity} />
      <p>
        <EnrolmentBadge activity={activity} />
        {activity.enrolmentPolicy === 'APPLICATION' && <span className="badge badge--info">{t('badge.application')}</span>}
      </p>
      <ActivityFacts activity={activity} names={names} />
      {enrolmentWindow && <p>{enrolmentWindow}</p>}
    </div>
  );
}

/** The description as its author wrote it (line breaks kept), and its topics. */
export function ActivityDescription({ activity }: { activity: Pick<Activity, 'description' | 'tags'> }) {
  const { t } = useTranslation('activities');
  const headingId = useId();
  if (!activity.description && activity.tags.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('details.about')}</h2>
      {activity.description && <p className="activity-details__description">{activity.description}</p>}
      {activity.tags.length > 0 && (
        <ul className="tags" aria-label={t('details.tags')}>
          {activity.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The page's shape while the activity loads, so the content does not jump when it arrives. */
export function ActivityDetailsSkeleton() {
  return (
    <div className="activity-details skeleton" aria-hidden="true">
      <span className="skeleton__line skeleton__line--short" />
      <span className="skeleton__line skeleton__line--short" />
      <span className="skeleton__line skeleton__line--badge" />
      <span className="skeleton__line" />
      <span className="skeleton__line" />
      <span className="skeleton__line skeleton__line--short" />
      <span className="skeleton__line skeleton__line--short" />
      <span className="skeleton__line skeleton__line--button" />
    </div>
  );
}
