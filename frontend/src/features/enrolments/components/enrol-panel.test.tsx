import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { aPage, anActivity, anEnrolment } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { EnrolPanel } from './enrol-panel';
import type { EnrolableActivity } from './enrol-state';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function renderPanel(activity: EnrolableActivity = anActivity()) {
  return renderWithProviders(
    <Routes>
      <Route path="/activities/:id" element={<EnrolPanel activity={activity} />} />
    </Routes>,
    { route: `/activities/${activity.id}` },
  );
}

type Handlers = {
  enrolments?: unknown[];
  eligibility?: { eligible: boolean; reasons: { rule: string; message: string; messageKey: string }[] };
  enrol?: (headers: Headers) => Response | Promise<Response>;
  withdraw?: () => Response;
};

/** A server that remembers what was enrolled and withdrawn, as the real one does. */
function api({ enrolments = [], eligibility = { eligible: true, reasons: [] }, enrol, withdraw }: Handlers) {
  let mine = [...enrolments];
  const remember = async (response: Response) => {
    if (response.ok) {
      const enrolment = (await response.clone().json()) as { id: string };
      mine = [enrolment, ...mine.filter((item) => (item as { id: string }).id !== enrolment.id)];
    }
    return response;
  };
  return mockFetch(async ({ url, method, headers }) => {
    if (url.startsWith('/api/me/enrolments')) return jsonResponse(aPage(mine, { size: 100 }));
    if (url === '/api/activities/a1/eligibility') return jsonResponse(eligibility);
    if (method === 'POST' && url === '/api/activities/a1/enrolments' && enrol) return remember(await enrol(headers));
    if (method === 'POST' && url === '/api/enrolments/e1/withdraw' && withdraw) return remember(withdraw());
    return problemResponse(404, { messageKey: 'problem.not-found' });
  });
}

const signIn = () => authTokens.set({ accessToken: 'access', refreshToken: 'refresh' });

describe('EnrolPanel', () => {
  it('asks an anonymous visitor to sign in, and brings her back here', async () => {
    const fetchMock = api({});
    renderPanel();

    expect(screen.getByRole('link', { name: 'Sign in to enrol' })).toHaveAttribute('href', '/sign-in?redirectTo=%2Factivities%2Fa1');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('enrols her with a fresh Idempotency-Key per click and says at once that she is in', async () => {
    const keys: (string | null)[] = [];
    api({
      enrol: (headers) => {
        keys.push(headers.get('Idempotency-Key'));
        return jsonResponse(anEnrolment({ status: 'ENROLLED' }), { status: 201 });
      },
    });
    signIn();
    renderPanel();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Enrol' }));

    expect(await screen.findByText('You are enrolled.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You are enrolled.');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(UUID);
    expect(screen.getByRole('button', { name: /^Withdraw/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enrol' })).not.toBeInTheDocument();
  });

  it('offers the waitlist when full and tells her position', async () => {
    api({ enrol: () => jsonResponse(anEnrolment({ status: 'WAITLISTED', waitlistPosition: 1 }), { status: 201 }) });
    signIn();
    renderPanel(anActivity({ seatsLeft: 0 }));

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Join the waitlist' }));

    expect(await screen.findByText('You are on the waitlist, position 1.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You are on the waitlist, position 1.');
  });

  it('retries a click lost to the network with the same key', async () => {
    const keys: (string | null)[] = [];
    api({
      enrol: (headers) => {
        keys.push(headers.get('Idempotency-Key'));
        if (keys.length === 1) throw new TypeError('Failed to fetch');
        return jsonResponse(anEnrolment(), { status: 201 });
      },
    });
    signIn();
    renderPanel();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Enrol' }));

    expect(await screen.findByText('You are enrolled.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('says enrolment is closed, with a button that does nothing', async () => {
    const fetchMock = api({});
    signIn();
    renderPanel(anActivity({ enrolmentOpen: false, status: 'CLOSED' }));

    expect(await screen.findByRole('button', { name: 'Enrolment closed' })).toHaveAttribute('aria-disabled', 'true');
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('eligibility'))).toBe(false);
  });

  it('says why she is not eligible, in her language, and where to complete her profile', async () => {
    api({
      eligibility: {
        eligible: false,
        reasons: [
          { rule: 'gender', message: 'Reserved to: FEMALE', messageKey: 'eligibility.gender' },
          { rule: 'profile.countryCode', message: 'Your profile has no country', messageKey: 'eligibility.profile-incomplete' },
          { rule: 'sector', message: 'Only for the textile sector', messageKey: 'eligibility.some-future-rule' },
        ],
      },
    });
    signIn();
    renderPanel();

    const button = await screen.findByRole('button', { name: 'Not eligible' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/This activity is for participants of another gender\./);
    const reasons = within(document.getElementById(button.getAttribute('aria-describedby')!)!);
    expect(reasons.getByText(/Your profile does not yet say what this activity needs to check\./)).toBeInTheDocument();
    expect(reasons.getByRole('link', { name: 'Add your country to your profile' })).toHaveAttribute('href', '/profile');
    expect(reasons.getByText('Only for the textile sector')).toBeInTheDocument();
    expect(reasons.getAllByRole('link')).toHaveLength(1);
  });

  it('shows the place she already holds, and withdraws after she confirms', async () => {
    let withdrawn = false;
    api({
      enrolments: [anEnrolment({ status: 'WAITLISTED', waitlistPosition: 3 })],
      withdraw: () => {
        withdrawn = true;
        return jsonResponse(anEnrolment({ status: 'WITHDRAWN' }));
      },
    });
    signIn();
    renderPanel();
    const user = userEvent.setup();

    expect(await screen.findByText('You are on the waitlist, position 3.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Withdraw/ }));
    expect(screen.getByText(/You will lose your place on the waitlist\./)).toHaveFocus();
    expect(withdrawn).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw' }));

    expect(await screen.findByText('You have withdrawn from this activity.')).toBeInTheDocument();
    expect(withdrawn).toBe(true);
    expect(await screen.findByRole('button', { name: 'Enrol' })).toBeInTheDocument();
  });

  it('keeps her place when she does not confirm', async () => {
    api({ enrolments: [anEnrolment({ status: 'ENROLLED' })], withdraw: () => jsonResponse(anEnrolment({ status: 'WITHDRAWN' })) });
    signIn();
    renderPanel();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Withdraw/ }));
    await user.click(screen.getByRole('button', { name: 'No, keep my place' }));

    expect(screen.getByRole('button', { name: /^Withdraw/ })).toHaveFocus();
    expect(screen.getByText('You are enrolled.')).toBeInTheDocument();
  });

  it.each([
    [409, 'enrolment.closed', 'Enrolment for this activity is closed.'],
    [409, 'enrolment.already-enrolled', 'You already have a place in this activity (or on its waitlist).'],
    [409, 'enrolment.not-published', 'This activity is not open for enrolment.'],
    [422, 'enrolment.idempotency-mismatch', 'This request was already used for something else. Please try again.'],
  ])('explains a %s %s refusal in words', async (status, messageKey, text) => {
    api({ enrol: () => problemResponse(status, { messageKey, detail: 'refused' }) });
    signIn();
    renderPanel();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Enrol' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });

  it('lists the rules she does not meet when the server refuses her as not eligible', async () => {
    api({
      enrol: () =>
        problemResponse(422, {
          messageKey: 'enrolment.not-eligible',
          errors: [
            { field: 'countryGroup', message: 'Only LDCs', messageKey: 'eligibility.country-group' },
            { field: 'womenOwned', message: 'Only women-owned', messageKey: 'eligibility.women-owned' },
          ],
        }),
    });
    signIn();
    renderPanel();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Enrol' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot enrol in this activity.');
    expect(alert).toHaveTextContent('This activity is for certain groups of countries (such as Least Developed Countries), and your country is not in them.');
    expect(alert).toHaveTextContent('This activity is for businesses owned by women.');
  });
});
