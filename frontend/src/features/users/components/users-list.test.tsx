import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { UsersList } from './users-list';

const user = (n: number, enabled = true) => ({
  id: `u${n}`,
  email: `user${n}@example.org`,
  displayName: `User ${n}`,
  roles: ['PARTICIPANT'],
  locale: 'en',
  enabled,
  createdAt: '2026-03-01T09:00:00Z',
});

describe('UsersList', () => {
  it('asks for the page searched and links to the neighbouring pages', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ items: [user(21), user(22)], page: 1, size: 20, total: 45 }));
    renderWithProviders(<UsersList search={{ q: 'user', role: 'PARTICIPANT', page: 1 }} />);

    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(fetchMock.mock.calls[0][0]).toBe('/api/users?q=user&role=PARTICIPANT&page=1&size=20');
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/admin/users?q=user&role=PARTICIPANT');
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/admin/users?q=user&role=PARTICIPANT&page=2');
  });

  it('disables an account and says so', async () => {
    let enabled = true;
    const fetchMock = mockFetch(({ url, method }) => {
      if (method === 'POST' && url === '/api/users/u1/disable') {
        enabled = false;
        return jsonResponse(user(1, false));
      }
      return jsonResponse({ items: [user(1, enabled)], page: 0, size: 20, total: 1 });
    });
    renderWithProviders(<UsersList search={{ page: 0 }} />);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Disable: User 1' }));

    expect(await screen.findByText('User 1 can no longer sign in.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Enable: User 1' })).toBeInTheDocument();
    expect(screen.getByText('Disabled')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/users/u1/disable')).toBe(true);
  });

  it('does not offer to disable one’s own account', async () => {
    mockFetch(() => jsonResponse({ items: [user(1)], page: 0, size: 20, total: 1 }));
    renderWithProviders(<UsersList search={{ page: 0 }} currentUserId="u1" />);

    expect(await screen.findByRole('button', { name: 'Change roles: User 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Disable/ })).not.toBeInTheDocument();
  });
});
