import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { createQueryClient } from '@/lib/query-client';
import { aPage } from '@/testing/data';
import { jsonResponse, mockFetch } from '@/testing/http';
import { routes } from '../router';

describe('the invitation page', () => {
  it('signs her in with the password she sets and opens My learning', async () => {
    const fetchMock = mockFetch(({ url }) => {
      if (url === '/api/auth/invitations/accept') {
        return jsonResponse({ access_token: 'a', refresh_token: 'r', token_type: 'Bearer', expires_in: 900, username: 'asha@example.org', roles: ['PARTICIPANT'] });
      }
      if (url === '/api/me') return jsonResponse({ id: 'u1', email: 'asha@example.org', displayName: 'Asha Rai', roles: ['PARTICIPANT'], locale: 'en', profile: null });
      return jsonResponse(aPage([]));
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/invitation/tok-123'] });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 1, name: 'Set your password' });
    await user.type(screen.getByLabelText('New password'), 'a long passphrase');
    await user.type(screen.getByLabelText('Type the password again'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Set my password and sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My learning' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-learning');
    expect(authTokens.getRefreshToken()).toBe('r');
    const accept = fetchMock.mock.calls.find(([url]) => url === '/api/auth/invitations/accept')!;
    expect(JSON.parse(accept[1]!.body as string)).toEqual({ token: 'tok-123', password: 'a long passphrase' });
  });
});
