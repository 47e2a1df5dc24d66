import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../api/get-attendance-sheet';

/**
 * Four big buttons that are radios underneath: one choice per person, arrow keys move between
 * them, and a screen reader says which one is chosen. The tick keeps the choice visible without colour.
 */
export function StatusButtons({
  value,
  onChange,
  describedBy,
}: {
  value: AttendanceStatus | null | undefined;
  onChange: (status: AttendanceStatus) => void;
  describedBy?: string;
}) {
  const { t } = useTranslation('attendance');
  const name = useId();
  return (
    <div className="status-buttons">
      {ATTENDANCE_STATUSES.map((status) => (
        <label key={status} className={`status-button status-button--${status.toLowerCase()}`}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={status}
            checked={value === status}
            aria-describedby={describedBy}
            onChange={() => onChange(status)}
          />
          <span aria-hidden="true" className="status-button__tick">
            {value === status ? '✓' : ''}
          </span>
          {t(`sheet.status.${status}`)}
        </label>
      ))}
    </div>
  );
}
