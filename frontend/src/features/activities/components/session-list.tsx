import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { formatInstantRange, viewerTimeZone } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { useSessions } from '../api/get-sessions';
import { ManagedSession } from './managed-session';

/** "Nepal Time (Asia/Kathmandu)": the zone's name in the reader's language, with its IANA identifier. */
export function zoneName(timeZone: string, language: string, at = new Date()): string {
  try {
    const name = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'long' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    return name && name !== timeZone ? `${name} (${timeZone})` : timeZone;
  } catch {
    return timeZone;
  }
}

const isWebLink = (text: string) => /^https:\/\/\S+$/.test(text);

/**
 * Session times in the viewer's own time zone, its abbreviation beside each; where the activity
 * happens in another zone, its local times too, since that is what the programme on site says.
 */
export function SessionList({
  activityId,
  timeZone,
  viewerZone = viewerTimeZone(),
  manage = false,
  attendanceHref,
}: {
  activityId: string;
  timeZone: string;
  viewerZone?: string;
  /** Each session can be changed or deleted (for its trainers and managers). */
  manage?: boolean;
  /** Each session links to its attendance sheet (for its trainers and managers). */
  attendanceHref?: (sessionId: string) => string;
}) {
  const { t, i18n } = useTranslation('activities');
  const headingId = useId();
  const sessions = useSessions(activityId);
  const language = i18n.language;
  const sameZone = viewerZone === timeZone;

  const body = () => {
    if (sessions.isPending) {
      return (
        <p aria-busy="true" className="skeleton-text">
          {t('sessions.loading')}
        </p>
      );
    }
    if (sessions.isError) return <ErrorAlert>{errorMessage(sessions.error)}</ErrorAlert>;
    if (sessions.data.length === 0) return <p>{t('sessions.none')}</p>;
    return (
      <>
        <p className="lead">
          {sameZone
            ? t('sessions.zoneSame', { zone: zoneName(timeZone, language) })
            : t('sessions.zoneViewer', { zone: zoneName(viewerZone, language), activityZone: zoneName(timeZone, language) })}
        </p>
        <ol className="session-list">
          {sessions.data.map((session) => {
            const shown = (
              <>
                <h3 className="session__title">{session.title}</h3>
                {session.coacheeId && (
                  <p className="session__coaching">
                    <span className="badge badge--info">
                      {session.coacheeName ? t('sessions.coachingWith', { name: session.coacheeName }) : t('sessions.coaching')}
                    </span>
                  </p>
                )}
                <p className="session__time">
                  <time dateTime={session.startsAt}>{formatInstantRange(session.startsAt, session.endsAt, language, viewerZone)}</time>
                </p>
                {!sameZone && (
                  <p className="session__local">{t('sessions.localTime', { time: formatInstantRange(session.startsAt, session.endsAt, language, timeZone) })}</p>
                )}
                {session.location && (
                  <p className="session__location">
                    <span className="visually-hidden">{t('sessions.location')}: </span>
                    {isWebLink(session.location) ? (
                      <a href={session.location} rel="noopener noreferrer" target="_blank">
                        {session.location}
                      </a>
                    ) : (
                      session.location
                    )}
                  </p>
                )}
                {session.coacheeId && session.coachNotes && (
                  <dl className="answers session__notes">
                    <dt>{t('sessions.coachNotes')}</dt>
                    <dd>{session.coachNotes}</dd>
                  </dl>
                )}
                {attendanceHref && (
                  <p>
                    <Link className="button button--primary" to={attendanceHref(session.id)}>
                      {t('sessions.attendance')}
                      <span className="visually-hidden">: {session.title}</span>
                    </Link>
                  </p>
                )}
              </>
            );
            return (
              <li key={session.id} className="session">
                {manage ? (
                  <ManagedSession activityId={activityId} session={session}>
                    {shown}
                  </ManagedSession>
                ) : (
                  shown
                )}
              </li>
            );
          })}
        </ol>
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="section sessions" aria-busy={sessions.isPending || undefined}>
      <h2 id={headingId}>{t('sessions.title')}</h2>
      {body()}
    </section>
  );
}
