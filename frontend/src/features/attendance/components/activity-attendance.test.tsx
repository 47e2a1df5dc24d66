import { screen, within } from '@testing-library/react';
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
  return mockFetch(({ method, url, body }) => {
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
        { enrolmentId: 'e1', userId: 'u-e1', displayName: 'Amina Diallo', attendanceRate: 1, completed: true, automatic: true, reason: null, decidedAt: null, certificateCode: 'ABCDEF' },
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
      expect.objectContaining({ method: 'PUT', body: JSON.stringify({ minAttendanceRate: 0.8 }) }),
    );
  });
});
