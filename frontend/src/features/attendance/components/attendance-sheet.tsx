import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import type { AttendanceEntry, AttendanceSheet as Sheet } from '../api/get-attendance-sheet';
import { AttendanceRow } from './attendance-row';
import { useMarkQueue } from './use-mark-queue';
import './attendance.css';

/** The server's marks with this phone's unsent taps laid over them: her latest tap is what she sees. */
export function withPendingMarks(entries: AttendanceEntry[], pending: { enrolmentId: string; status: AttendanceEntry['status']; note: string | null }[]) {
  return entries.map((entry) => {
    const mark = pending.find((candidate) => candidate.enrolmentId === entry.enrolmentId);
    return mark ? { ...entry, status: mark.status, note: mark.note } : entry;
  });
}

/**
 * A whole session's attendance on one phone screen. Every tap is kept on the phone at once and
 * sent shortly after; what has not reached the server yet is counted above the list.
 */
export function AttendanceSheet({ sessionId, sheet }: { sessionId: string; sheet: Sheet }) {
  const { t } = useTranslation('attendance');
  const queue = useMarkQueue(sessionId);
  const entries = withPendingMarks(sheet.entries, queue.pending);
  const unsent = new Set(queue.pending.map((mark) => mark.enrolmentId));
  const marked = entries.filter((entry) => entry.status).length;
  const now = () => new Date().toISOString();

  if (entries.length === 0) return <p>{t('sheet.nobody')}</p>;
  return (
    <>
      <div className="attendance-toolbar">
        <p className="attendance-toolbar__count">{t('sheet.count', { marked, total: entries.length })}</p>
        <button
          type="button"
          className="button button--primary"
          aria-describedby="mark-all-hint"
          onClick={() => {
            const at = now();
            const unmarked = entries.filter((entry) => !entry.status);
            queue.mark(unmarked.map((entry) => ({ enrolmentId: entry.enrolmentId, status: 'PRESENT', note: null, markedAt: at })));
          }}
        >
          {t('sheet.markAll')}
        </button>
        <p id="mark-all-hint" className="field__hint">
          {t('sheet.markAllHint')}
        </p>
      </div>
      <div role="status" className={queue.online ? 'sync-state' : 'sync-state sync-state--offline'}>
        {!queue.online && (
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('sheet.offline')}
          </p>
        )}
        {queue.pending.length > 0 ? (
          <p>
            <strong>{t('sheet.unsent', { count: queue.pending.length })}</strong>
            {queue.sending && <span> · {t('sheet.sending')}</span>}
          </p>
        ) : (
          <p>{t('sheet.allSent')}</p>
        )}
      </div>
      {queue.error !== null && (
        <ErrorAlert>
          <p>{t('sheet.sendFailed')}</p>
          <p>{errorMessage(queue.error)}</p>
          <button type="button" className="button" onClick={() => void queue.flush()}>
            {t('sheet.sendNow')}
          </button>
        </ErrorAlert>
      )}
      <ul className="attendance-list">
        {entries.map((entry) => (
          <AttendanceRow
            key={entry.enrolmentId}
            entry={entry}
            unsent={unsent.has(entry.enrolmentId)}
            error={queue.errors[entry.enrolmentId]}
            onMark={(status, note) => queue.mark([{ enrolmentId: entry.enrolmentId, status, note, markedAt: now() }])}
          />
        ))}
      </ul>
    </>
  );
}
