import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { formatPlainDateRange } from '@/lib/dates';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useAddEvent, useEvents, useRemoveEvent, useUpcomingActivities, type CommunityEvent } from '../api/community-events';

/** The catalogue activities the community follows; moderators add and remove them. */
export function CommunityEvents({ communityId, moderator }: { communityId: string; moderator: boolean }) {
  const { t } = useTranslation('communities');
  const events = useEvents(communityId);
  const remove = useRemoveEvent(communityId);
  if (events.isPending) return <p aria-busy="true">{t('events.loading')}</p>;
  if (events.isError) return <ProblemAlert error={events.error} />;
  const upcoming = events.data.filter((event) => !event.past);
  const past = events.data.filter((event) => event.past);
  const list = (items: CommunityEvent[]) => (
    <ul className="people">
      {items.map((event) => (
        <EventItem
          key={event.activityId}
          event={event}
          onRemove={moderator ? () => !remove.isPending && remove.mutate(event.activityId) : undefined}
          removing={remove.isPending && remove.variables === event.activityId}
        />
      ))}
    </ul>
  );
  return (
    <>
      <ProblemAlert error={remove.error} />
      {events.data.length === 0 && <p>{t('events.empty')}</p>}
      {upcoming.length > 0 && list(upcoming)}
      {past.length > 0 && (
        <>
          <h3>{t('events.past')}</h3>
          {list(past)}
        </>
      )}
      {moderator && <AddEventForm communityId={communityId} taken={events.data.map((event) => event.activityId)} />}
    </>
  );
}

function EventItem({ event, onRemove, removing }: { event: CommunityEvent; onRemove?: () => void; removing: boolean }) {
  const { t, i18n } = useTranslation(['communities', 'activities']);
  return (
    <li className="person">
      <span className="person__who">
        <Link to={paths.activity.getHref(event.activityId)}>{event.title}</Link>
        <span className="person__email">
          {t(`types.${event.type}`, { ns: 'activities' })} · {formatPlainDateRange(event.startDate, event.endDate, i18n.language)}
        </span>
      </span>
      {onRemove && (
        <button type="button" className="button button--small" aria-disabled={removing || undefined} onClick={onRemove}>
          {removing ? t('events.removing') : t('events.remove')}
          <span className="visually-hidden">: {event.title}</span>
        </button>
      )}
    </li>
  );
}

function AddEventForm({ communityId, taken }: { communityId: string; taken: string[] }) {
  const { t, i18n } = useTranslation('communities');
  const catalogue = useUpcomingActivities();
  const add = useAddEvent(communityId);
  const [activityId, setActivityId] = useState('');
  const options = (catalogue.data?.items ?? []).filter((item) => item.status === 'PUBLISHED' && !taken.includes(item.id));
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (activityId && !add.isPending) add.mutate(activityId, { onSuccess: () => setActivityId('') });
      }}
    >
      <ProblemAlert error={catalogue.error ?? add.error} />
      <div className="field">
        <label htmlFor={`${communityId}-event`}>{t('events.activity')}</label>
        <select id={`${communityId}-event`} value={activityId} onChange={(event) => setActivityId(event.target.value)}>
          <option value="">{catalogue.isPending ? t('events.loadingCatalogue') : t('events.choose')}</option>
          {options.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title} ({formatPlainDateRange(item.startDate, item.endDate, i18n.language)})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" aria-disabled={add.isPending || !activityId || undefined}>
        {add.isPending ? t('events.adding') : t('events.add')}
      </button>
    </form>
  );
}
