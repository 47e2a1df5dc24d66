import { describe, expect, it } from 'vitest';
import { anEnrolment } from '@/testing/data';
import { enrolState, type EnrolableActivity } from './enrol-state';

const activity = (overrides: Partial<EnrolableActivity> = {}): EnrolableActivity => ({
  id: 'a1',
  title: 'Masterclass',
  status: 'PUBLISHED',
  enrolmentOpen: true,
  seatsLeft: 3,
  enrolmentPolicy: 'OPEN',
  ...overrides,
});
const eligible = { eligible: true, reasons: [] };
const genderReason = { rule: 'gender', message: 'For women only', messageKey: 'eligibility.gender' };

describe('what the enrol button offers', () => {
  it('invites an anonymous visitor to sign in', () => {
    expect(enrolState({ activity: activity(), signedIn: false, enrolment: null, eligibility: undefined })).toEqual({ kind: 'signIn' });
  });

  it('offers a seat while seats remain', () => {
    expect(enrolState({ activity: activity(), signedIn: true, enrolment: null, eligibility: eligible })).toEqual({ kind: 'enrol' });
  });

  it('offers the waitlist once full', () => {
    expect(enrolState({ activity: activity({ seatsLeft: 0 }), signedIn: true, enrolment: null, eligibility: eligible })).toEqual({ kind: 'waitlist' });
  });

  it('offers to apply where managers select', () => {
    expect(enrolState({ activity: activity({ enrolmentPolicy: 'APPLICATION' }), signedIn: true, enrolment: null, eligibility: eligible })).toEqual({
      kind: 'apply',
    });
  });

  it.each([
    ['closed by date', { enrolmentOpen: false }],
    ['closed by a manager', { status: 'CLOSED' as const, enrolmentOpen: false }],
    ['not published', { status: 'DRAFT' as const }],
    ['cancelled', { status: 'CANCELLED' as const }],
  ])('says enrolment is closed when %s, to everyone', (_, overrides) => {
    expect(enrolState({ activity: activity(overrides), signedIn: true, enrolment: null, eligibility: eligible })).toEqual({ kind: 'closed' });
    expect(enrolState({ activity: activity(overrides), signedIn: false, enrolment: null, eligibility: undefined })).toEqual({ kind: 'closed' });
  });

  it('says she is not eligible, with the reasons, even when seats remain or only the waitlist does', () => {
    const notEligible = { eligible: false, reasons: [genderReason] };
    expect(enrolState({ activity: activity(), signedIn: true, enrolment: null, eligibility: notEligible })).toEqual({
      kind: 'notEligible',
      reasons: [genderReason],
    });
    expect(enrolState({ activity: activity({ seatsLeft: 0 }), signedIn: true, enrolment: null, eligibility: notEligible }).kind).toBe('notEligible');
  });

  it('shows her place instead of a button once she has one, even after enrolment closed', () => {
    const waitlisted = anEnrolment({ status: 'WAITLISTED', waitlistPosition: 2 });
    expect(enrolState({ activity: activity(), signedIn: true, enrolment: waitlisted, eligibility: eligible })).toEqual({
      kind: 'member',
      enrolment: waitlisted,
    });
    expect(enrolState({ activity: activity({ enrolmentOpen: false }), signedIn: true, enrolment: waitlisted, eligibility: undefined }).kind).toBe('member');
  });

  it('waits while her enrolments or her eligibility are being checked', () => {
    expect(enrolState({ activity: activity(), signedIn: true, enrolment: undefined, eligibility: eligible })).toEqual({ kind: 'checking' });
    expect(enrolState({ activity: activity(), signedIn: true, enrolment: null, eligibility: undefined })).toEqual({ kind: 'checking' });
  });

  it('lets her try when the eligibility check failed, since the server checks again', () => {
    expect(enrolState({ activity: activity(), signedIn: true, enrolment: null, eligibility: null })).toEqual({ kind: 'enrol' });
  });
});
