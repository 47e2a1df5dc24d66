import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { NetworkStats } from './network-stats';

beforeAll(() => i18n.loadNamespaces('directory'));

const stats = {
  businesses: 120,
  womenLed: 90,
  countries: 14,
  byCountry: [{ key: 'KE', label: 'Kenya', count: 30, womenLed: 25 }],
  byRegion: [{ key: '002', label: 'Africa', count: 70, womenLed: 60 }],
  growth: [{ month: '2027-03', added: 12, total: 120 }],
  communities: [],
  sentence: '120 businesses, 90 of them women-led, from 14 countries',
};

describe('NetworkStats', () => {
  it('is not there at all when the API refuses (403)', async () => {
    const fetchMock = mockFetch(() => problemResponse(403, { messageKey: 'problem.forbidden' }));
    const { container } = renderWithProviders(<NetworkStats enabled language="en" />);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(container).toBeEmptyDOMElement());
    expect(screen.queryByRole('heading', { name: 'Network in figures' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the sentence, the totals and the tables, and copies the sentence', async () => {
    mockFetch(() => jsonResponse(stats));
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderWithProviders(<NetworkStats enabled language="en" />);

    expect(await screen.findByText(stats.sentence)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'By region' })).toHaveTextContent('Africa7060');
    expect(screen.getByRole('table', { name: 'By country' })).toHaveTextContent('Kenya3025');
    expect(screen.getByRole('table', { name: 'Growth by month' })).toHaveTextContent('Mar 202712120');
    await user.click(screen.getByRole('button', { name: 'Copy the sentence' }));
    expect(writeText).toHaveBeenCalledWith(stats.sentence);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
  });

  it('asks nothing of the API for someone who is not a manager', () => {
    const fetchMock = mockFetch(() => jsonResponse(stats));
    const { container } = renderWithProviders(<NetworkStats enabled={false} language="en" />);
    expect(container).toBeEmptyDOMElement();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
