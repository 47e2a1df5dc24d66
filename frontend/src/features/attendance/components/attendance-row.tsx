import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '@/lib/error-message';
import type { AttendanceEntry, AttendanceStatus } from '../api/get-attendance-sheet';
import { StatusButtons } from './status-buttons';

/** One person on the sheet: her name, the four marks and, once marked, an optional note. */
export function AttendanceRow({
  entry,
  unsent,
  error,
  onMark,
}: {
  /** What the server holds, with her latest tap on this phone laid over it. */
  entry: AttendanceEntry;
  unsent: boolean;
  error?: string;
  onMark: (status: AttendanceStatus, note: string | null) => void;
}) {
  const { t } = useTranslation('attendance');
  const id = useId();
  const [note, setNote] = useState(entry.note ?? '');
  const errorId = error ? `${id}-error` : undefined;
  const commitNote = () => {
    const trimmed = note.trim() || null;
    if (entry.status && trimmed !== (entry.note ?? null)) onMark(entry.status, trimmed);
  };
  return (
    <li className="attendance-row">
      <fieldset className="attendance-row__group">
        <legend className="attendance-row__name">
          {entry.displayName}
          {entry.selfCheckedIn && <span className="badge badge--muted">{t('sheet.selfCheckedIn')}</span>}
          {unsent && (
            <span className="badge badge--muted attendance-row__unsent">
              {t('sheet.rowUnsent')}
            </span>
          )}
        </legend>
        <StatusButtons value={entry.status} describedBy={errorId} onChange={(status) => onMark(status, entry.note ?? null)} />
      </fieldset>
      {error && (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {fieldErrorMessage({ messageKey: error, message: error })}
        </p>
      )}
      {entry.status && (
        <details className="attendance-row__note" open={Boolean(entry.note) || undefined}>
          <summary>{t('sheet.note')}</summary>
          <label className="visually-hidden" htmlFor={`${id}-note`}>
            {t('sheet.noteFor', { name: entry.displayName })}
          </label>
          <input
            id={`${id}-note`}
            type="text"
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onBlur={commitNote}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitNote();
            }}
          />
        </details>
      )}
    </li>
  );
}
