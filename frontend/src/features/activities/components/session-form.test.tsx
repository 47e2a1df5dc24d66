import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anActivity } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { SessionForm } from './session-form';

const cohort = anActivity({ id: 'a1', type: 'ACCELERATOR_COHORT', title: 'Accelerator, cohort 3' });
const person = (userId: string, displayName: string) => ({
  enrolmentId: `e-${userId}`,
  userId,
  displayName,
  attended: 0,
  excused: 0,
  held: 0,
  rate: null,
  atRisk: false,
  canStillComplete: true,
});
const attendance = { sessionsHeld: 0, sessionsPlanned: 0, threshold: 0.8, rate: null, people: [person('u7', 'Amina'), person('u8', 'Binta')] };

type Request = { url: string; method: string; body: unknown };
function backend(activity: ReturnType<typeof anActivity>, onPost: (request: Request) => Response = ({ body }) => jsonResponse({ id: 's9', activityId: 'a1', ...(body as object) }, { status: 201 })) {
  return mockFetch((request) => {
    if (request.method === 'POST') return onPost(request);
    if (request.url === '/api/activities/a1') return jsonResponse(activity);
    if (request.url === '/api/activities/a1/attendance') return jsonResponse(attendance);
    if (request.url === '/api/activities/a1/sessions') return jsonResponse([]);
    return new Response(null, { status: 404 });
  });
}

async function fillSession(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Title'), 'One-to-one: pricing');
  await user.type(screen.getByLabelText(/^Starts/), '2027-03-05T09:00');
  await user.type(screen.getByLabelText(/^Ends/), '2027-03-05T10:00');
}

describe('SessionForm', () => {
  it('holds a session of a cohort with one SME holding a seat, with the coach’s notes', async () => {
    const fetchMock = backend(cohort);
    renderWithProviders(<SessionForm activityId="a1" />);
    const user = userEvent.setup();

    const select = await screen.findByLabelText(/^Coaching session with/);
    expect([...(select as HTMLSelectElement).options].map((option) => option.text)).toEqual(['Everyone (group session)', 'Amina', 'Binta']);
    expect(screen.queryByLabelText(/^Coach's notes/)).not.toBeInTheDocument();
    await fillSession(user);
    await user.selectOptions(select, 'Amina');
    await user.type(screen.getByLabelText(/^Coach's notes/), 'Bring her price list.');
    await user.click(screen.getByRole('button', { name: 'Add the session' }));

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [url, init] = fetchMock.mock.calls.find(([, call]) => call?.method === 'POST')!;
    expect(url).toBe('/api/activities/a1/sessions');
    expect(JSON.parse(init!.body as string)).toEqual({
      title: 'One-to-one: pricing',
      startsAt: new Date('2027-03-05T09:00').toISOString(),
      endsAt: new Date('2027-03-05T10:00').toISOString(),
      location: null,
      coacheeId: 'u7',
      coachNotes: 'Bring her price list.',
    });
  });

  it('sends a group session of a cohort without coachee or notes', async () => {
    const fetchMock = backend(cohort);
    renderWithProviders(<SessionForm activityId="a1" />);
    const user = userEvent.setup();

    const select = await screen.findByLabelText(/^Coaching session with/);
    await fillSession(user);
    await user.selectOptions(select, 'Amina');
    await user.type(screen.getByLabelText(/^Coach's notes/), 'Not for a group.');
    await user.selectOptions(select, 'Everyone (group session)');
    expect(screen.queryByLabelText(/^Coach's notes/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the session' }));

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetchMock.mock.calls.find(([, call]) => call?.method === 'POST')!;
    expect(JSON.parse(init!.body as string)).toMatchObject({ coacheeId: null, coachNotes: null });
  });

  it('shows the server’s refusal of the coachee next to the select', async () => {
    backend(cohort, () =>
      problemResponse(400, {
        messageKey: 'validation.failed',
        errors: [{ field: 'coacheeId', message: 'does not hold a seat in this activity', messageKey: 'activity.coachee-not-enrolled' }],
      }),
    );
    renderWithProviders(<SessionForm activityId="a1" />);
    const user = userEvent.setup();

    const select = await screen.findByLabelText(/^Coaching session with/);
    await fillSession(user);
    await user.selectOptions(select, 'Binta');
    await user.click(screen.getByRole('button', { name: 'Add the session' }));

    expect(await screen.findByText('This person does not hold a seat in this activity.')).toBeInTheDocument();
    expect(select).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers no coaching for a masterclass, and sends a group session', async () => {
    const fetchMock = backend(anActivity({ id: 'a1', type: 'MASTERCLASS' }));
    renderWithProviders(<SessionForm activityId="a1" />);
    const user = userEvent.setup();

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === '/api/activities/a1')).toBe(true));
    await fillSession(user);
    await user.click(screen.getByRole('button', { name: 'Add the session' }));

    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    expect(screen.queryByLabelText(/^Coaching session with/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Coach's notes/)).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/activities/a1/attendance')).toBe(false);
    const [, init] = fetchMock.mock.calls.find(([, call]) => call?.method === 'POST')!;
    expect(JSON.parse(init!.body as string)).toMatchObject({ coacheeId: null, coachNotes: null });
  });
});
