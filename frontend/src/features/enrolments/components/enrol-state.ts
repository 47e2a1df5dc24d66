import type { EligibilityCheck, EligibilityReason } from '../api/get-eligibility';
import type { Enrolment } from '../api/get-my-enrolments';

/** What the enrolment panel needs to know about the activity. */
export type EnrolableActivity = {
  id: string;
  title: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'CANCELLED';
  enrolmentOpen: boolean;
  seatsLeft: number;
  enrolmentPolicy: 'OPEN' | 'APPLICATION';
};

/** The one thing the panel offers, and so what its button says. */
export type EnrolState =
  | { kind: 'member'; enrolment: Enrolment }
  | { kind: 'closed' }
  | { kind: 'signIn' }
  | { kind: 'checking' }
  | { kind: 'notEligible'; reasons: EligibilityReason[] }
  | { kind: 'apply' }
  | { kind: 'waitlist' }
  | { kind: 'enrol' };

type Input = {
  activity: EnrolableActivity;
  signedIn: boolean;
  /** Her current (active) enrolment: undefined while unknown, null when none. */
  enrolment: Enrolment | null | undefined;
  /** undefined while being checked; null when the check failed (the server checks again on enrolment). */
  eligibility: EligibilityCheck | null | undefined;
};

/**
 * In order: a place she already holds is shown whatever else is true; a closed activity says so,
 * even to a visitor, rather than invite her to sign in for nothing; then sign-in, eligibility, and
 * finally whether a seat or only the waitlist is left.
 */
export function enrolState({ activity, signedIn, enrolment, eligibility }: Input): EnrolState {
  if (signedIn && enrolment) return { kind: 'member', enrolment };
  if (activity.status !== 'PUBLISHED' || !activity.enrolmentOpen) return { kind: 'closed' };
  if (!signedIn) return { kind: 'signIn' };
  if (enrolment === undefined || eligibility === undefined) return { kind: 'checking' };
  if (eligibility && !eligibility.eligible) return { kind: 'notEligible', reasons: eligibility.reasons };
  if (activity.enrolmentPolicy === 'APPLICATION') return { kind: 'apply' };
  if (activity.seatsLeft <= 0) return { kind: 'waitlist' };
  return { kind: 'enrol' };
}
