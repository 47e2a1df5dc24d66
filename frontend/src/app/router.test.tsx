import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { createQueryClient } from '@/lib/query-client';
import { aPage, anActivity } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { routes } from './router';

function renderApp(path: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const me = (roles: string[]) => ({ id: 'u1', email: 'a@example.org', displayName: 'Amina', roles, locale: 'en', profile: null });

describe('routes', () => {
  it('send an anonymous visitor of a private page to sign-in, remembering where she was going', async () => {
    const router = renderApp('/profile');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?redirectTo=%2Fprofile');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Catalogue' })).toHaveAttribute('href', '/catalogue');
    expect(within(nav).queryByRole('link', { name: 'My learning' })).not.toBeInTheDocument();
  });

  it('make the catalogue the home page’s first call to action', async () => {
    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'Grow your digital business' });
    expect(within(screen.getByRole('main')).getAllByRole('link')[0]).toHaveTextContent('Browse the catalogue');
  });

  it('hide Administration from a participant and refuse her the page', async () => {
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(({ url }) => (url === '/api/me' ? jsonResponse(me(['PARTICIPANT'])) : jsonResponse([])));
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Catalogue' })).toHaveAttribute('href', '/catalogue');
    expect(within(nav).getByRole('link', { name: 'My learning' })).toHaveAttribute('href', '/my-learning');
    expect(within(nav).getByRole('link', { name: 'My profile' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('show Administration and the user list to an administrator', async () => {
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(({ url }) => {
      if (url === '/api/me') return jsonResponse(me(['ADMIN']));
      return jsonResponse({
        items: [{ id: 'u2', email: 'trainer@example.org', displayName: 'Tina Trainer', roles: ['TRAINER'], locale: 'fr', enabled: false, createdAt: '2026-01-05T10:00:00Z' }],
        page: 0,
        size: 20,
        total: 1,
      });
    });
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 2, name: 'Tina Trainer' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Administration' })).toBeInTheDocument();
    expect(screen.getByText('Disabled')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enable: Tina Trainer' })).toBeInTheDocument();
  });

  it('show Manage and the programmes to a programme manager', async () => {
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(({ url }) => {
      if (url === '/api/me') return jsonResponse(me(['MANAGER']));
      if (url.startsWith('/api/programmes')) {
        return jsonResponse({ items: [{ id: 'p1', name: 'Women in e-trade', description: null, startDate: '2027-01-01', endDate: '2027-12-31', leadOrganisation: 'UNCTAD', partners: [] }], page: 0, size: 20, total: 1 });
      }
      return jsonResponse({ items: [], page: 0, size: 100, total: 0 });
    });
    renderApp('/manage');

    expect(await screen.findByRole('heading', { level: 3, name: 'Women in e-trade' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Manage' })).toHaveAttribute('href', '/manage');
    expect(within(nav).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^New activity\s*in Women in e-trade$/ })).toHaveAttribute('href', '/manage/programmes/p1/activities/new');
  });

  it('refuse the manage page to a participant, with no Manage link', async () => {
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(({ url }) => (url === '/api/me' ? jsonResponse(me(['PARTICIPANT'])) : jsonResponse([])));
    renderApp('/manage');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Manage' })).not.toBeInTheDocument();
  });

  it('show Teaching to a trainer and her activities there', async () => {
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(({ url }) => {
      if (url === '/api/me') return jsonResponse(me(['TRAINER']));
      if (url.startsWith('/api/me/teaching')) return jsonResponse(aPage([anActivity({ id: 'a1', title: 'Masterclass in Kathmandu' })]));
      return jsonResponse([]);
    });
    renderApp('/teaching');

    expect(await screen.findByRole('link', { name: 'Masterclass in Kathmandu' })).toHaveAttribute('href', '/teaching/a1');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Teaching' })).toHaveAttribute('href', '/teaching');
    expect(within(nav).getByRole('link', { name: 'Reviews' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Manage' })).not.toBeInTheDocument();
  });

  it('refuse a trainer the sessions of an activity she does not train, as the API does', async () => {
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(({ url }) => {
      if (url === '/api/me') return jsonResponse(me(['TRAINER']));
      if (url === '/api/activities/a9') return jsonResponse(anActivity({ id: 'a9' }));
      if (url === '/api/activities/a9/trainers') return problemResponse(403, { messageKey: 'problem.forbidden' });
      return jsonResponse([]);
    });
    renderApp('/teaching/a9');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a session' })).not.toBeInTheDocument();
  });

  it('hide Teaching from a participant', async () => {
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    mockFetch(({ url }) => (url === '/api/me' ? jsonResponse(me(['PARTICIPANT'])) : jsonResponse([])));
    renderApp('/teaching');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Teaching' })).not.toBeInTheDocument();
  });

  it('switch the whole page to French, loading French on demand', async () => {
    renderApp('/sign-up');
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });

    await userEvent.setup().selectOptions(screen.getByLabelText('Language'), 'fr');

    expect(await screen.findByRole('heading', { level: 1, name: 'Créez votre compte' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Menu principal' })).getByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem('etc.language')).toBe('fr');
    const { i18n } = await import('@/lib/i18n');
    await act(() => i18n.changeLanguage('en'));
  });
});
