import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anActivity } from '@/testing/data';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ActivityLifecycle } from './activity-lifecycle';

const activity = (status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'CANCELLED') => ({ id: 'a1', title: 'Selling online', status });

describe('ActivityLifecycle', () => {
  it.each([
    ['DRAFT', ['Publish', 'Cancel the activity: Selling online']],
    ['PUBLISHED', ['Close enrolment', 'Cancel the activity: Selling online']],
    ['CLOSED', ['Cancel the activity: Selling online']],
    ['CANCELLED', []],
  ] as const)('offers for %s only what it allows', (status, buttons) => {
    renderWithProviders(<ActivityLifecycle activity={activity(status)} />);
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual([...buttons]);
  });

  it('publishes a draft', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anActivity({ id: 'a1', status: 'PUBLISHED' })));
    renderWithProviders(<ActivityLifecycle activity={activity('DRAFT')} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Publish' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0]).toBe('/api/activities/a1/publish');
    expect(fetchMock.mock.calls[0][1]!.method).toBe('POST');
  });

  it('asks before cancelling, saying who will be e-mailed', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anActivity({ id: 'a1', status: 'CANCELLED' })));
    renderWithProviders(<ActivityLifecycle activity={activity('PUBLISHED')} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: /Cancel the activity/ }));
    expect(screen.getByRole('group')).toHaveTextContent('Everyone enrolled or on the waitlist will be e-mailed');
    expect(fetchMock).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0]).toBe('/api/activities/a1/cancel');
  });
});
