import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { aPage, anActivity } from '@/testing/data';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { codesOnly, placeNamesFrom } from './place-names';
import { TeachingList } from './teaching-list';

const names = placeNamesFrom(new Map([['NP', 'Nepal']]), undefined);

describe('TeachingList', () => {
  it('lists the activities she trains, each leading to the page where she plans its sessions', async () => {
    const kathmandu = anActivity({ id: 'a1', title: 'Masterclass in Kathmandu', enrolled: 8, capacity: 20, waitlisted: 1 });
    const online = anActivity({
      id: 'a2',
      title: 'Online course on payments',
      delivery: 'ONLINE',
      startDate: '2026-05-12',
      endDate: '2026-05-12',
      status: 'CANCELLED',
    });
    const fetchMock = mockFetch(() => jsonResponse(aPage([kathmandu, online])));
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<TeachingList page={0} names={names} />);

    const first = await screen.findByRole('article', { name: 'Masterclass in Kathmandu' });
    expect(within(first).getByRole('link', { name: 'Masterclass in Kathmandu' })).toHaveAttribute('href', '/teaching/a1');
    expect(first).toHaveTextContent('Kathmandu, Nepal');
    expect(first).toHaveTextContent('Published');
    expect(first).toHaveTextContent('8 taken of 20, 1 on the waitlist');
    expect(first).toHaveTextContent(/Mar 3.*5, 2026/);
    const second = screen.getByRole('article', { name: 'Online course on payments' });
    expect(within(second).getByRole('link', { name: 'Online course on payments' })).toHaveAttribute('href', '/teaching/a2');
    expect(second).toHaveTextContent('Online');
    expect(second).toHaveTextContent('Cancelled');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/me/teaching?page=0&size=20');
  });

  it('says how an activity comes to be listed when she trains none yet', async () => {
    mockFetch(() => jsonResponse(aPage([])));
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<TeachingList page={0} names={codesOnly} />);

    expect(await screen.findByText('You are not a trainer of any activity yet.')).toBeInTheDocument();
    expect(screen.getByText('When a programme manager names you as a trainer, the activity appears here.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('offers the first page when she is past the last one', async () => {
    mockFetch(() => jsonResponse(aPage([], { page: 3, total: 2 })));
    authTokens.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<TeachingList page={3} names={codesOnly} />);

    expect(await screen.findByRole('link', { name: 'Go to the first page' })).toHaveAttribute('href', '/teaching');
  });
});
