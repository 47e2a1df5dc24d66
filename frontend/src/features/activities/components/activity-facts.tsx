import { useTranslation } from 'react-i18next';
import { formatPlainDateRange } from '@/lib/dates';
import { COURSE_LANGUAGES, type Activity, type CourseLanguage } from '../api/get-activity';
import type { PlaceNames } from './place-names';

const isCourseLanguage = (value: string): value is CourseLanguage => (COURSE_LANGUAGES as readonly string[]).includes(value);

/** "Kathmandu, Nepal", "Online", or "Kathmandu, Nepal and online" for a hybrid activity. */
export function usePlace(activity: Pick<Activity, 'delivery' | 'city' | 'countryCode'>, names: PlaceNames): string {
  const { t } = useTranslation('activities');
  const place = [activity.city, activity.countryCode ? names.country(activity.countryCode) : null].filter(Boolean).join(', ');
  if (activity.delivery === 'ONLINE') return t('place.online');
  if (activity.delivery === 'HYBRID') return place ? t('place.hybrid', { place }) : t('place.online');
  return place || t('place.unknown');
}

/** "12 seats left", "Full — waitlist open", or "Full" once nobody can join the waitlist. */
export function useSeats(activity: Pick<Activity, 'seatsLeft' | 'enrolmentOpen' | 'status'>): string {
  const { t } = useTranslation('activities');
  if (activity.seatsLeft > 0) return t('seats.left', { count: activity.seatsLeft });
  return activity.enrolmentOpen && activity.status === 'PUBLISHED' ? t('seats.fullWaitlist') : t('seats.full');
}

/** The facts a participant decides on, as a list of terms and values. */
export function ActivityFacts({ activity, names, className = 'facts' }: { activity: Activity; names: PlaceNames; className?: string }) {
  const { t, i18n } = useTranslation('activities');
  const place = usePlace(activity, names);
  const seats = useSeats(activity);
  return (
    <dl className={className}>
      <div>
        <dt>{t('facts.where')}</dt>
        <dd>{place}</dd>
      </div>
      <div>
        <dt>{t('facts.when')}</dt>
        <dd>
          <time dateTime={activity.startDate}>{formatPlainDateRange(activity.startDate, activity.endDate, i18n.language)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('facts.language')}</dt>
        <dd>{isCourseLanguage(activity.language) ? t(`languages.${activity.language}`) : activity.language}</dd>
      </div>
      <div>
        <dt>{t('facts.seats')}</dt>
        <dd>{seats}</dd>
      </div>
    </dl>
  );
}

/** Text first, colour second: the words say it, the colour only helps. */
export function EnrolmentBadge({ activity }: { activity: Pick<Activity, 'enrolmentOpen' | 'status'> }) {
  const { t } = useTranslation('activities');
  if (activity.status === 'CANCELLED') return <span className="badge badge--off">{t('badge.cancelled')}</span>;
  const open = activity.enrolmentOpen && activity.status === 'PUBLISHED';
  return <span className={open ? 'badge badge--ok' : 'badge badge--off'}>{open ? t('badge.open') : t('badge.closed')}</span>;
}

/** "Masterclass · In person". */
export function ActivityKind({ activity }: { activity: Pick<Activity, 'type' | 'delivery'> }) {
  const { t } = useTranslation('activities');
  return (
    <p className="activity-kind">
      {t(`types.${activity.type}`)} · {t(`deliveries.${activity.delivery}`)}
    </p>
  );
}
