import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { aPage, anEnrolment } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { MyEnrolmentsList } from './my-enrolments-list';

const enrolled = anEnrolment({ id: 'e1', activityId: 'a1', activityTitle: 'Masterclass in Kathmandu', status: 'ENROLLED' });
const waitlisted = anEnrolment({
  id: 'e2',
  activityId: 'a2',
  activityTitle: 'Workshop on e-commerce statistics',
  activityStartDate: '2026-05-12',
  status: 'WAITLISTED',
  waitlistPosition: 2,
});
const past = anEnrolment({ id: 'e3', activityId: 'a3', activityTitle: 'Study tour, Bogotá', status: 'WITHDRAWN' });

describe('MyEnrolmentsList', () => {
  it('lists her enrolments with their start date, status in words and waitlist position', async () => {
    const fetchMock = mockFetch(() => jsonResponse(aPage([enrolled, waitlisted, past])));
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<MyEnrolmentsList page={0} />);

    const first = await screen.findByRole('article', { name: 'Masterclass in Kathmandu' });
    expect(within(first).getByRole('link', { name: 'Masterclass in Kathmandu' })).toHaveAttribute('href', '/activities/a1');
    expect(first).toHaveTextContent('Mar 3, 2026');
    expect(first).toHaveTextContent('Enrolled');
    const second = screen.getByRole('article', { name: 'Workshop on e-commerce statistics' });
    expect(second).toHaveTextContent('May 12, 2026');
    expect(second).toHaveTextContent('On the waitlist, position 2');
    const third = screen.getByRole('article', { name: 'Study tour, Bogotá' });
    expect(third).toHaveTextContent('Withdrawn');
    expect(within(third).queryByRole('button')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls[0][0]).toBe('/api/me/enrolments?page=0&size=20');
  });

  it('withdraws after she confirms, and shows the new status', async () => {
    let status = 'WAITLISTED';
    const fetchMock = mockFetch(({ url, method }) => {
      if (method === 'POST' && url === '/api/enrolments/e2/withdraw') {
        status = 'WITHDRAWN';
        return jsonResponse({ ...waitlisted, status, waitlistPosition: null });
      }
      return jsonResponse(aPage([{ ...waitlisted, status, waitlistPosition: status === 'WAITLISTED' ? 2 : null }]));
    });
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<MyEnrolmentsList page={0} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Withdraw: Workshop on e-commerce statistics' }));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw' }));

    expect(await screen.findByText('You have withdrawn from “Workshop on e-commerce statistics”.')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Workshop on e-commerce statistics' });
    expect(card).toHaveTextContent('Withdrawn');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('explains a withdrawal the server refuses', async () => {
    mockFetch(({ method }) =>
      method === 'POST' ? problemResponse(409, { messageKey: 'enrolment.not-active', detail: 'Not active' }) : jsonResponse(aPage([enrolled])),
    );
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<MyEnrolmentsList page={0} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Withdraw/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This enrolment has already ended or been withdrawn.');
  });

  it('points to the catalogue when she has no enrolment yet', async () => {
    mockFetch(() => jsonResponse(aPage([])));
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<MyEnrolmentsList page={0} />);

    expect(await screen.findByText('You have not enrolled in any activity yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the catalogue' })).toHaveAttribute('href', '/catalogue');
  });
});
