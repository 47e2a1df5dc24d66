import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { aPage } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { DirectoryEntry } from '../api/search-directory';
import { DirectorySearch } from './directory-search';

beforeAll(() => i18n.loadNamespaces('directory'));

const entry = (overrides: Partial<DirectoryEntry> = {}): DirectoryEntry => ({
  id: 'b1',
  businessName: 'Amani Crafts',
  sector: 'Handicrafts',
  countryCode: 'KE',
  countryName: 'Kenya',
  languages: ['en', 'sw'],
  offers: 'Hand-woven baskets',
  seeks: ['EXPORT_MARKETS'],
  womenLed: true,
  website: null,
  marketplaces: null,
  contactEmail: null,
  contactPhone: null,
  mine: false,
  ...overrides,
});

function renderSearch(handler: Parameters<typeof mockFetch>[0]) {
  const fetchMock = mockFetch(handler);
  renderWithProviders(<DirectorySearch search={{}} onSearch={vi.fn()} hrefFor={() => '/network'} countries={[]} regions={[]} />);
  return fetchMock;
}

describe('DirectorySearch', () => {
  it('offers no contact form on her own business', async () => {
    renderSearch(() => jsonResponse(aPage([entry({ mine: true }), entry({ id: 'b2', businessName: 'Sol Textiles' })])));

    const hers = (await screen.findByRole('heading', { name: 'Amani Crafts' })).closest('li')!;
    const other = screen.getByRole('heading', { name: 'Sol Textiles' }).closest('li')!;
    expect(within(hers).getByText('This is your business, as others see it.')).toBeInTheDocument();
    expect(within(hers).queryByRole('button', { name: /Get in touch/ })).toBeNull();
    expect(within(other).getByRole('button', { name: /Get in touch/ })).toBeInTheDocument();
  });

  it('shows only the contact details their owners chose to show', async () => {
    renderSearch(() =>
      jsonResponse(aPage([entry(), entry({ id: 'b2', businessName: 'Sol Textiles', womenLed: false, contactEmail: 'sol@example.org', website: 'https://sol.example' })])),
    );

    const hidden = (await screen.findByRole('heading', { name: 'Amani Crafts' })).closest('li')!;
    expect(within(hidden).getByText('Women-led')).toBeInTheDocument();
    expect(within(hidden).getByText('Export markets')).toBeInTheDocument();
    for (const label of ['E-mail', 'Phone', 'Website', 'Sells on']) expect(within(hidden).queryByText(label)).not.toBeInTheDocument();
    expect(within(hidden).queryByRole('link')).not.toBeInTheDocument();

    const shown = screen.getByRole('heading', { name: 'Sol Textiles' }).closest('li')!;
    expect(within(shown).getByRole('link', { name: 'sol@example.org' })).toHaveAttribute('href', 'mailto:sol@example.org');
    expect(within(shown).getByRole('link', { name: 'sol.example' })).toHaveAttribute('href', 'https://sol.example');
    expect(within(shown).queryByText('Phone')).not.toBeInTheDocument();
    expect(within(shown).queryByText('Women-led')).not.toBeInTheDocument();
    expect(screen.getByText('2 businesses')).toBeInTheDocument();
  });

  it('sends a contact request and says her address stays hidden', async () => {
    const fetchMock = renderSearch(({ url, body }) =>
      url.includes('/contact')
        ? jsonResponse(
            { id: 'c1', businessId: 'b1', businessName: 'Amani Crafts', senderName: 'Lina', senderCountryCode: 'CO', senderEmail: null, message: (body as { message: string }).message, createdAt: '2027-03-01T10:00:00Z', reply: null, repliedAt: null },
            { status: 201 },
          )
        : jsonResponse(aPage([entry()])),
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Get in touch: Amani Crafts' }));
    await user.type(screen.getByLabelText('Your message'), '  We import baskets to Colombia.  ');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Sent. Your address stays hidden until they reply.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your message')).not.toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([url]) => url === '/api/directory/b1/contact')!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({ message: 'We import baskets to Colombia.' });
  });

  it('explains the daily limit and contacting her own business', async () => {
    let answer = problemResponse(429, { messageKey: 'directory.too-many-contacts' });
    renderSearch(({ url }) => (url.includes('/contact') ? answer : jsonResponse(aPage([entry()]))));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Get in touch: Amani Crafts' }));
    await user.type(screen.getByLabelText('Your message'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You have sent 10 contact requests today. Please try again tomorrow.');

    answer = problemResponse(409, { messageKey: 'directory.own-listing' });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This is your own business: you cannot send it a contact request.'));
  });
});
