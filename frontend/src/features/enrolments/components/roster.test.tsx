import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { RosterSearch } from '../api/get-roster';
import { Roster } from './roster';

const entry = (overrides: object = {}) => ({
  enrolmentId: 'e1',
  userId: 'u1',
  displayName: 'Asha Rai',
  email: 'asha@example.org',
  countryCode: 'NP',
  gender: 'FEMALE',
  status: 'WAITLISTED',
  waitlistPosition: 1,
  enrolledAt: '2027-01-05T10:00:00Z',
  ...overrides,
});
const roster = (items: object[]) => ({
  page: { items, page: 0, size: 25, total: items.length },
  countsByStatus: { ENROLLED: 25, WAITLISTED: 3 },
});

function renderRoster(search: RosterSearch = { page: 0 }, onSearch = vi.fn()) {
  return renderWithProviders(
    <Roster activityId="a1" search={search} onSearch={onSearch} hrefFor={(page) => `/manage/activities/a1?page=${page}`} countryName={() => 'Nepal'} />,
  );
}

describe('Roster', () => {
  it('shows the counts by status and sends the filter', async () => {
    const fetchMock = mockFetch(() => jsonResponse(roster([entry()])));
    const onSearch = vi.fn();
    renderRoster({ status: 'WAITLISTED', q: 'asha', page: 0 }, onSearch);

    expect(await screen.findByText('Asha Rai')).toBeInTheDocument();
    const counts = screen.getByLabelText('Counts by status');
    expect(counts).toHaveTextContent('Enrolled25');
    expect(counts).toHaveTextContent('On the waitlist3');
    expect(counts).toHaveTextContent('Withdrawn0');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/activities/a1/enrolments?status=WAITLISTED&q=asha&page=0&size=25');

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Status'), 'Enrolled');
    await user.clear(screen.getByLabelText('Name or e-mail'));
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(onSearch).toHaveBeenCalledWith({ status: 'ENROLLED', q: undefined, page: 0 });
  });

  it('gives a seat over capacity only after asking for a reason', async () => {
    const promotions: unknown[] = [];
    mockFetch(({ url, body }) => {
      if (url.endsWith('/promote')) {
        promotions.push(body);
        return (body as { overCapacity?: boolean }).overCapacity
          ? jsonResponse({ id: 'e1', status: 'ENROLLED' })
          : problemResponse(409, { messageKey: 'enrolment.full' });
      }
      return jsonResponse(roster([entry()]));
    });
    renderRoster();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Give a seat: Asha Rai' }));
    expect(await screen.findByText('The activity is full. Give Asha Rai a seat over capacity?')).toBeInTheDocument();
    expect(promotions).toEqual([{}]);

    await user.click(screen.getByRole('button', { name: 'Give a seat over capacity' }));
    expect(screen.getByLabelText('Reason (recorded)')).toHaveAccessibleDescription(/This field is required/);
    expect(promotions).toHaveLength(1);

    await user.type(screen.getByLabelText('Reason (recorded)'), 'Speaker from the partner agency');
    await user.click(screen.getByRole('button', { name: 'Give a seat over capacity' }));

    expect(await screen.findByText('Asha Rai now has a seat.')).toBeInTheDocument();
    expect(promotions[1]).toEqual({ overCapacity: true, reason: 'Speaker from the partner agency' });
  });

  it('downloads the CSV with the token, for the status shown', async () => {
    const createObjectURL = vi.fn(() => 'blob:roster');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchMock = mockFetch(({ url }) =>
      url.includes('.csv') ? new Response('name,email\nAsha Rai,asha@example.org\n', { headers: { 'Content-Type': 'text/csv' } }) : jsonResponse(roster([entry()])),
    );
    localStorage.setItem('etc.accessToken', 'token-1');
    renderRoster({ status: 'WAITLISTED', page: 0 });

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Download CSV' }));

    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const csvCall = fetchMock.mock.calls.find(([url]) => String(url).includes('.csv'))!;
    expect(csvCall[0]).toBe('/api/activities/a1/enrolments.csv?status=WAITLISTED');
    expect(new Headers(csvCall[1]!.headers).get('Authorization')).toBe('Bearer token-1');
    expect(createObjectURL).toHaveBeenCalled();
    click.mockRestore();
  });

  it('moves a seated person to the waitlist after asking, then re-reads the list', async () => {
    let seated = true;
    const fetchMock = mockFetch(({ url }) => {
      if (url.endsWith('/waitlist')) {
        seated = false;
        return jsonResponse({ id: 'e1', activityId: 'a1', activityTitle: 'T', activityStartDate: '2027-03-01', status: 'WAITLISTED', waitlistPosition: 4, createdAt: '2027-01-05T10:00:00Z' });
      }
      return jsonResponse(roster([seated ? entry({ status: 'ENROLLED', waitlistPosition: null }) : entry({ waitlistPosition: 4 })]));
    });
    renderRoster();
    const user = userEvent.setup();

    expect(screen.queryByRole('button', { name: 'Give a seat: Asha Rai' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Move to waitlist: Asha Rai' }));
    expect(screen.getByText(/Move Asha Rai to the end of the waitlist\?/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, move to the waitlist' }));

    expect(await screen.findByText('Asha Rai is now on the waitlist, at position 4.')).toBeInTheDocument();
    expect(await screen.findByText(/^Waitlist position 4 ·/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Give a seat: Asha Rai' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/api/enrolments/e1/waitlist'))).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Enrolments' })).toHaveFocus();
  });

  it('withdraws someone waiting, and shows a refusal when she holds no seat any more', async () => {
    mockFetch(({ url }) => {
      if (url.endsWith('/withdraw')) return problemResponse(409, { messageKey: 'enrolment.not-active' });
      if (url.endsWith('/waitlist')) return problemResponse(409, { messageKey: 'enrolment.not-seated' });
      return jsonResponse(roster([entry(), entry({ enrolmentId: 'e2', displayName: 'Bina Gurung', status: 'ENROLLED', waitlistPosition: null })]));
    });
    renderRoster();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Withdraw: Asha Rai' }));
    expect(screen.getByText('Withdraw Asha Rai from the waitlist?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    expect(await screen.findByText('This enrolment has already ended or been withdrawn.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move to waitlist: Bina Gurung' }));
    await user.click(screen.getByRole('button', { name: 'Yes, move to the waitlist' }));
    expect(await screen.findByText('This person does not hold a seat.')).toBeInTheDocument();
  });
});
