import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../api/get-my-application';

const TONE: Record<ApplicationStatus, string> = {
  DRAFT: 'badge--muted',
  APPLIED: 'badge--info',
  SCREENED_OUT: 'badge--info',
  ACCEPTED: 'badge--ok',
  WAITLISTED: 'badge--info',
  REJECTED: 'badge--off',
  WITHDRAWN: 'badge--muted',
};

/** Her application's status in a word; screening is the team's business, so she still reads "sent". */
export function ApplicationStatusBadge({ status, manager = false }: { status: ApplicationStatus; manager?: boolean }) {
  const { t } = useTranslation('applications');
  const shown = status === 'SCREENED_OUT' ? 'APPLIED' : status;
  return manager ? (
    <span className={`badge ${TONE[status]}`}>{t(`managerStatus.${status}`)}</span>
  ) : (
    <span className={`badge ${TONE[shown]}`}>{t(`status.${shown}`)}</span>
  );
}
