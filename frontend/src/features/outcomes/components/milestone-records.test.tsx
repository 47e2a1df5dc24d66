import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { MilestoneRecords } from './milestone-records';

const milestones = [{ id: 'm1', programmeId: 'p1', code: 'M1', name: { en: 'First online sale' }, position: 0 }];
const reported = {
  id: 'r1',
  milestoneId: 'm1',
  activityId: 'a1',
  userId: 'u1',
  displayName: 'Awa Diop',
  achievedOn: '2027-03-02',
  evidence: 'https://shop.example/awa',
  status: 'REPORTED',
  selfReported: true,
  decidedAt: null,
};

describe('MilestoneRecords', () => {
  it('validates a milestone an SME reported', async () => {
    let decided = false;
    const fetchMock = mockFetch(({ url, method }) => {
      if (url === '/api/programmes/p1/milestones') return jsonResponse(milestones);
      if (url === '/api/milestone-records/r1/decision' && method === 'PUT') {
        decided = true;
        return jsonResponse({ ...reported, status: 'VALIDATED', decidedAt: '2027-03-03T10:00:00Z' });
      }
      return jsonResponse([decided ? { ...reported, status: 'VALIDATED' } : reported]);
    });
    renderWithProviders(<MilestoneRecords activityId="a1" programmeId="p1" people={[{ userId: 'u1', displayName: 'Awa Diop' }]} />);
    const user = userEvent.setup();

    expect(await screen.findByText('Waiting for validation')).toBeInTheDocument();
    expect(screen.getByText('1 milestone reported by an SME waits for your decision.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Validate: Awa Diop, First online sale' }));

    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Validated: Awa Diop, “First online sale”.'));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/milestone-records/r1/decision');
    expect(JSON.parse(put[1]!.body as string)).toEqual({ status: 'VALIDATED' });
    expect(await screen.findByText('Validated')).toBeInTheDocument();
  });

  it('records a milestone for an SME of the cohort', async () => {
    const fetchMock = mockFetch(({ url, method, body }) => {
      if (url === '/api/programmes/p1/milestones') return jsonResponse(milestones);
      if (method === 'POST') return jsonResponse({ ...reported, ...(body as object), id: 'r2', status: 'VALIDATED', selfReported: false }, { status: 201 });
      return jsonResponse([]);
    });
    renderWithProviders(<MilestoneRecords activityId="a1" programmeId="p1" people={[{ userId: 'u1', displayName: 'Awa Diop' }]} />);
    const user = userEvent.setup();

    await user.click(await screen.findByText('Record a milestone', { selector: 'summary' }));
    await user.selectOptions(screen.getByLabelText('SME'), 'u1');
    await user.selectOptions(await screen.findByLabelText('Milestone'), 'm1');
    await user.type(screen.getByLabelText('Reached on'), '2027-04-01');
    await user.click(screen.getByRole('button', { name: 'Record the milestone' }));

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/activities/a1/milestone-records');
    expect(JSON.parse(post[1]!.body as string)).toEqual({ milestoneId: 'm1', userId: 'u1', achievedOn: '2027-04-01', evidence: null });
  });
});
