import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { localToday, MyMilestones } from './my-milestones';

const milestones = [
  { id: 'm3', programmeId: 'p1', code: 'M3', name: { en: 'First export' }, position: 2 },
  { id: 'm1', programmeId: 'p1', code: 'M1', name: { en: 'First online sale' }, position: 0 },
  { id: 'm2', programmeId: 'p1', code: 'M2', name: { en: 'Web shop open' }, position: 1 },
  { id: 'm4', programmeId: 'p1', code: 'M4', name: { en: 'Ten repeat buyers' }, position: 3 },
];
const record = (milestoneId: string, status: string, extra: object = {}) => ({
  id: `r-${milestoneId}`,
  milestoneId,
  activityId: 'a1',
  userId: 'u1',
  displayName: 'Awa Diop',
  achievedOn: '2027-03-02',
  evidence: null,
  status,
  selfReported: true,
  decidedAt: null,
  ...extra,
});

const item = (name: string) => screen.getByRole('listitem', { name });

describe('MyMilestones', () => {
  it('lists the catalogue in order with where she stands on each', async () => {
    mockFetch(({ url }) => {
      if (url === '/api/programmes/p1/milestones') return jsonResponse(milestones);
      return jsonResponse([
        record('m1', 'VALIDATED', { decidedAt: '2027-03-05T10:00:00Z' }),
        record('m2', 'REPORTED', { evidence: 'https://shop.example/awa' }),
        record('m3', 'REJECTED'),
      ]);
    });
    renderWithProviders(<MyMilestones activityId="a1" programmeId="p1" />);

    expect(await screen.findByRole('heading', { name: 'My milestones' })).toBeInTheDocument();
    await screen.findByText('Validated: 1 of 4');
    const names = screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(names).toEqual(['First online sale', 'Web shop open', 'First export', 'Ten repeat buyers']);

    expect(item('First online sale')).toHaveTextContent('Validated on Mar 5, 2027');
    expect(item('First online sale')).toHaveTextContent('Reached on Mar 2, 2027');
    expect(within(item('First online sale')).queryByRole('button')).not.toBeInTheDocument();

    expect(item('Web shop open')).toHaveTextContent('Reported — waiting for your coach');
    expect(item('Web shop open')).toHaveTextContent('https://shop.example/awa');
    expect(within(item('Web shop open')).getByRole('button', { name: 'Withdraw the report: Web shop open' })).toBeInTheDocument();

    expect(item('First export')).toHaveTextContent('Not accepted');
    expect(within(item('First export')).getByRole('button', { name: 'Report it again: First export' })).toBeInTheDocument();

    expect(item('Ten repeat buyers')).toHaveTextContent('Not reached yet');
    expect(within(item('Ten repeat buyers')).getByRole('button', { name: 'Report it: Ten repeat buyers' })).toBeInTheDocument();
  });

  it('reports a milestone she reached, without naming anyone, and shows it waiting', async () => {
    let reported = false;
    const fetchMock = mockFetch(({ url, method, body }) => {
      if (url === '/api/programmes/p1/milestones') return jsonResponse(milestones.slice(1, 2));
      if (method === 'POST') {
        reported = true;
        return jsonResponse({ ...record('m1', 'REPORTED'), ...(body as object) }, { status: 201 });
      }
      return jsonResponse(reported ? [record('m1', 'REPORTED')] : []);
    });
    renderWithProviders(<MyMilestones activityId="a1" programmeId="p1" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Report it: First online sale' }));
    const form = screen.getByRole('form', { name: 'Report “First online sale”' });
    const date = within(form).getByLabelText('Date you reached it');
    expect(date).toHaveValue(localToday());
    expect(date).toHaveAttribute('max', localToday());
    expect(within(form).getByText('A link or a few words: the order, the platform, the buyer.')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2026-01-15');
    await user.type(within(form).getByLabelText('Evidence (optional)'), 'Order 1042 on Jumia');
    await user.click(within(form).getByRole('button', { name: 'Send to my coach' }));

    await vi.waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Reported: “First online sale”. Your coach will now check it.'),
    );
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/activities/a1/milestone-records');
    const sent = JSON.parse(post[1]!.body as string);
    expect(sent).toEqual({ milestoneId: 'm1', achievedOn: '2026-01-15', evidence: 'Order 1042 on Jumia' });
    expect(sent).not.toHaveProperty('userId');
    expect(await screen.findByText('Reported — waiting for your coach')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('puts the server’s refusal of a future date next to the date', async () => {
    mockFetch(({ url, method }) => {
      if (url === '/api/programmes/p1/milestones') return jsonResponse(milestones.slice(1, 2));
      if (method === 'POST') {
        return problemResponse(400, {
          messageKey: 'problem.validation',
          errors: [{ field: 'achievedOn', message: 'must not be in the future', messageKey: 'outcome.future-date' }],
        });
      }
      return jsonResponse([]);
    });
    renderWithProviders(<MyMilestones activityId="a1" programmeId="p1" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Report it: First online sale' }));
    await user.click(screen.getByRole('button', { name: 'Send to my coach' }));

    const date = screen.getByLabelText('Date you reached it');
    await vi.waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/The date cannot be in the future\./);
  });

  it('withdraws a report still waiting for her coach', async () => {
    let withdrawn = false;
    const fetchMock = mockFetch(({ url, method }) => {
      if (url === '/api/programmes/p1/milestones') return jsonResponse(milestones.slice(1, 2));
      if (method === 'DELETE') {
        withdrawn = true;
        return new Response(null, { status: 204 });
      }
      return jsonResponse(withdrawn ? [] : [record('m1', 'REPORTED')]);
    });
    renderWithProviders(<MyMilestones activityId="a1" programmeId="p1" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Withdraw the report: First online sale' }));

    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Report withdrawn: “First online sale”.'));
    const call = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE')!;
    expect(call[0]).toBe('/api/milestone-records/r-m1');
    expect(await screen.findByText('Not reached yet')).toBeInTheDocument();
  });
});
