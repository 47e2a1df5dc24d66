import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { CommunityEvents } from './community-events';

const anEvent = (activityId: string, title: string, more: Record<string, unknown> = {}) => ({
  activityId,
  title,
  type: 'MASTERCLASS',
  startDate: '2099-03-03',
  endDate: '2099-03-05',
  past: false,
  ...more,
});

const anActivity = (id: string, title: string, status = 'PUBLISHED') => ({ id, title, type: 'WORKSHOP', startDate: '2099-05-10', endDate: '2099-05-10', status });

describe('CommunityEvents', () => {
  it('lists upcoming events with their type and dates, and past ones apart, without tools for members', async () => {
    mockFetch(() =>
      jsonResponse([anEvent('a1', 'Selling online'), anEvent('a2', 'Export basics', { type: 'ONLINE_COURSE', startDate: '2020-01-10', endDate: '2020-01-10', past: true })]),
    );
    renderWithProviders(<CommunityEvents communityId="c1" moderator={false} />);

    const link = await screen.findByRole('link', { name: 'Selling online' });
    expect(link).toHaveAttribute('href', '/activities/a1');
    expect(screen.getByText(/Masterclass · Mar 3\s*–\s*5, 2099/)).toBeInTheDocument();
    const past = screen.getByRole('heading', { name: 'Past events' });
    expect(past.nextElementSibling).toHaveTextContent('Export basics');
    expect(within(past.nextElementSibling as HTMLElement).getByText(/Online course · Jan 10, 2020/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Catalogue activity')).not.toBeInTheDocument();
  });

  it('says when there is none', async () => {
    mockFetch(() => jsonResponse([]));
    renderWithProviders(<CommunityEvents communityId="c1" moderator={false} />);
    expect(await screen.findByText('No events yet.')).toBeInTheDocument();
  });

  it('lets a moderator add a published catalogue activity, remove one, and shows a refusal', async () => {
    let events = [anEvent('a1', 'Selling online')];
    let refuse = false;
    const fetchMock = mockFetch((request) => {
      const { pathname } = new URL(request.url, 'http://campus.test');
      if (pathname === '/api/activities') return jsonResponse({ items: [anActivity('a1', 'Selling online'), anActivity('a3', 'Pricing workshop'), anActivity('a4', 'Draft', 'DRAFT')], page: 0, size: 100, total: 3 });
      if (request.method === 'PUT' && refuse) return problemResponse(409, { messageKey: 'community.event-not-published', detail: 'Not published' });
      if (request.method === 'PUT') {
        events = [...events, anEvent('a3', 'Pricing workshop', { type: 'WORKSHOP', startDate: '2099-05-10', endDate: '2099-05-10' })];
        return jsonResponse(events);
      }
      if (request.method === 'DELETE') {
        events = events.filter((event) => event.activityId !== 'a1');
        return jsonResponse(events);
      }
      return jsonResponse(events);
    });
    const user = userEvent.setup();
    renderWithProviders(<CommunityEvents communityId="c1" moderator />);

    const select = await screen.findByLabelText('Catalogue activity');
    await screen.findByRole('option', { name: /Pricing workshop/ });
    // Already an event, or not published: not offered.
    expect(within(select).queryByRole('option', { name: /Selling online|Draft/ })).not.toBeInTheDocument();
    await user.selectOptions(select, 'a3');
    await user.click(screen.getByRole('button', { name: 'Add to events' }));

    expect(await screen.findByRole('link', { name: 'Pricing workshop' })).toHaveAttribute('href', '/activities/a3');
    expect(fetchMock).toHaveBeenCalledWith('/api/communities/c1/events/a3', expect.objectContaining({ method: 'PUT' }));
    expect(screen.getByText(/Workshop · May 10, 2099/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove: Selling online' }));
    expect(await screen.findByRole('option', { name: /Selling online/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Selling online' })).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/communities/c1/events/a1', expect.objectContaining({ method: 'DELETE' }));

    refuse = true;
    await user.selectOptions(screen.getByLabelText('Catalogue activity'), 'a1');
    await user.click(screen.getByRole('button', { name: 'Add to events' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
