import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ActivityAttendance } from './activity-attendance';

const person = (enrolmentId: string, displayName: string, overrides = {}) => ({
  enrolmentId,
  userId: `u-${enrolmentId}`,
  displayName,
  attended: 2,
  excused: 0,
  held: 2,
  rate: 1,
  atRisk: false,
  canStillComplete: true,
  ...overrides,
});

function server() {
  let revoked = false;
  return mockFetch(({ method, url, body }) => {
    if (method === 'POST' && url === '/api/certificates/ABCDEF/revoke') {
      revoked = true;
      return jsonResponse({
        code: 'ABCDEF',
        valid: false,
        holderName: 'Amina Diallo',
        activityTitle: 'Workshop',
        programmeName: 'eTrade for Women',
        startDate: '2026-03-03',
        endDate: '2026-03-05',
        issuedAt: '2026-03-06T10:00:00Z',
        revokedAt: '2026-03-10T10:00:00Z',
        revocationReason: (body as { reason: string }).reason,
        verifyUrl: 'https://campus.example/certificates/ABCDEF',
      });
    }
    if (url === '/api/activities/a1/attendance') {
      return jsonResponse({
        sessionsHeld: 2,
        sessionsPlanned: 4,
        threshold: 0.75,
        rate: 0.625,
        people: [person('e1', 'Amina Diallo'), person('e2', 'Bich Ngoc', { attended: 0, rate: 0, atRisk: true, canStillComplete: false })],
      });
    }
    if (url === '/api/activities/a1/completions') {
      return jsonResponse([
        { enrolmentId: 'e1', userId: 'u-e1', displayName: 'Amina Diallo', attendanceRate: 1, completed: true, automatic: true, reason: null, decidedAt: null, certificateCode: revoked ? null : 'ABCDEF' },
        { enrolmentId: 'e2', userId: 'u-e2', displayName: 'Bich Ngoc', attendanceRate: 0, completed: false, automatic: true, reason: null, decidedAt: null, certificateCode: null },
      ]);
    }
    if (url === '/api/activities/a1/completion-rule') return jsonResponse(method === 'PUT' ? body : { minAttendanceRate: 0.75 });
    return problemResponse(404, {});
  });
}

describe('ActivityAttendance', () => {
  it('shows sessions held, the threshold, each rate as a percentage and who is at risk', async () => {
    server();
    renderWithProviders(<ActivityAttendance activityId="a1" />);

    expect(await screen.findByText('Sessions held: 2 of 4')).toBeInTheDocument();
    expect(screen.getByText('Completion needs at least 75% attendance.')).toBeInTheDocument();
    const amina = screen.getByRole('listitem', { name: 'Amina Diallo' });
    expect(amina).toHaveTextContent('Attendance: 100% (2/2)');
    expect(await within(amina).findByText('✓ Completed')).toBeInTheDocument();
    expect(amina).toHaveTextContent('Certificate ABCDEF');
    const bich = screen.getByRole('listitem', { name: 'Bich Ngoc' });
    expect(bich).toHaveTextContent('At risk');
    expect(bich).toHaveTextContent('Cannot complete any more');
    expect(screen.queryByRole('form', { name: 'Completion rule' })).toBeNull();
  });

  it('lets a manager set the minimum attendance as a percentage', async () => {
    const fetchMock = server();
    const user = userEvent.setup();
    renderWithProviders(<ActivityAttendance activityId="a1" canSetRule />);

    const rule = await screen.findByRole('form', { name: 'Completion rule' });
    const input = within(rule).getByLabelText('Minimum attendance (%)');
    expect(input).toHaveValue('75');
    await user.clear(input);
    await user.type(input, '120');
    await user.click(within(rule).getByRole('button', { name: 'Save the rule' }));
    expect(await within(rule).findByText('This number is outside the allowed range.')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, '80');
    await user.click(within(rule).getByRole('button', { name: 'Save the rule' }));
    expect(await screen.findByText('The rule is saved.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/activities/a1/completion-rule',
      expect.objectContaining({ method: 'PUT', body: JSON.stringify({ minAttendanceRate: 0.8, requiredSurveyId: null }) }),
    );
  });

  it('offers no certificate revocation to trainers', async () => {
    server();
    renderWithProviders(<ActivityAttendance activityId="a1" />);

    const amina = await screen.findByRole('listitem', { name: 'Amina Diallo' });
    expect(await within(amina).findByText(/Certificate ABCDEF/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Revoke certificate/ })).toBeNull();
  });

  it('lets a manager revoke a certificate with a reason, then shows her without one', async () => {
    const fetchMock = server();
    const user = userEvent.setup();
    renderWithProviders(<ActivityAttendance activityId="a1" canSetRule canRevokeCertificates />);

    const amina = await screen.findByRole('listitem', { name: 'Amina Diallo' });
    await user.click(await within(amina).findByRole('button', { name: /^Revoke certificate\s*: Amina Diallo$/ }));
    // Only she has a certificate to revoke.
    expect(within(screen.getByRole('listitem', { name: 'Bich Ngoc' })).queryByRole('button', { name: /Revoke certificate/ })).toBeNull();

    const form = within(amina).getByRole('form', { name: 'Revoke certificate for Amina Diallo' });
    await user.click(within(form).getByRole('button', { name: 'Revoke the certificate' }));
    expect(await within(form).findByText('This field is required.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalledWith('/api/certificates/ABCDEF/revoke', expect.anything());

    await user.type(within(form).getByLabelText('Reason for revoking'), ' Attendance corrected ');
    await user.click(within(form).getByRole('button', { name: 'Revoke the certificate' }));

    expect(await within(amina).findByText('Certificate ABCDEF of Amina Diallo is revoked.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/certificates/ABCDEF/revoke',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ reason: 'Attendance corrected' }) }),
    );
    // The completions are read again: the certificate is gone from her line, and so is the action.
    await waitFor(() => expect(amina).not.toHaveTextContent('· Certificate ABCDEF'));
    expect(within(amina).queryByRole('button', { name: /Revoke certificate/ })).toBeNull();
  });

  it('shows why the server refused a revocation', async () => {
    mockFetch(({ method, url }) =>
      method === 'POST' && url === '/api/certificates/ABCDEF/revoke'
        ? problemResponse(403, { messageKey: 'problem.forbidden' })
        : url === '/api/activities/a1/completions'
          ? jsonResponse([
              { enrolmentId: 'e1', userId: 'u-e1', displayName: 'Amina Diallo', attendanceRate: 1, completed: true, automatic: true, reason: null, decidedAt: null, certificateCode: 'ABCDEF' },
            ])
          : url === '/api/activities/a1/attendance'
            ? jsonResponse({ sessionsHeld: 2, sessionsPlanned: 4, threshold: 0.75, rate: 1, people: [person('e1', 'Amina Diallo')] })
            : problemResponse(404, {}),
    );
    const user = userEvent.setup();
    renderWithProviders(<ActivityAttendance activityId="a1" canRevokeCertificates />);

    await user.click(await screen.findByRole('button', { name: /^Revoke certificate\s*: Amina Diallo$/ }));
    await user.type(screen.getByLabelText('Reason for revoking'), 'Attendance corrected');
    await user.click(screen.getByRole('button', { name: 'Revoke the certificate' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    expect(screen.queryByText(/is revoked\./)).toBeNull();
  });
});
