import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../api/get-my-enrolments';

/** Her place in words: "You are enrolled." / "You are on the waitlist, position 3." */
export function useEnrolmentSentence() {
  const { t } = useTranslation('enrolments');
  return (enrolment: Pick<Enrolment, 'status' | 'waitlistPosition'>) =>
    enrolment.status === 'WAITLISTED' && enrolment.waitlistPosition != null
      ? t('sentence.waitlistedAt', { position: enrolment.waitlistPosition })
      : t(`sentence.${enrolment.status}`);
}

/** A short status for a list: "Enrolled", "On the waitlist (position 3)". */
export function EnrolmentStatusBadge({ enrolment }: { enrolment: Pick<Enrolment, 'status' | 'waitlistPosition'> }) {
  const { t } = useTranslation('enrolments');
  const label =
    enrolment.status === 'WAITLISTED' && enrolment.waitlistPosition != null
      ? t('status.waitlistedAt', { position: enrolment.waitlistPosition })
      : t(`status.${enrolment.status}`);
  const tone = enrolment.status === 'ENROLLED' || enrolment.status === 'COMPLETED' ? 'badge--ok' : enrolment.status === 'WAITLISTED' || enrolment.status === 'APPLIED' ? 'badge--info' : 'badge--muted';
  return <span className={`badge ${tone}`}>{label}</span>;
}
