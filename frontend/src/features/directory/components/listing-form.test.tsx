import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ListingForm } from './listing-form';

beforeAll(() => i18n.loadNamespaces('directory'));

const countries = [{ value: 'KE', label: 'Kenya' }];

describe('ListingForm', () => {
  it('leaves the business out of the directory unless she switches publishing on', async () => {
    const fetchMock = mockFetch(({ body }) => jsonResponse({ ...(body as object) }));
    renderWithProviders(<ListingForm listing={null} countries={countries} />);
    const user = userEvent.setup();

    expect(screen.getByRole('switch', { name: 'Publish my business in the network directory' })).not.toBeChecked();
    await user.type(screen.getByLabelText('Business name'), 'Amani Crafts');
    await user.click(screen.getByRole('checkbox', { name: 'Partners' }));
    await user.type(screen.getByLabelText('Marketplaces you sell on', { exact: false }), 'Jumia, Etsy\nAmazon');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved. Your business is not shown in the directory.');
    const put = fetchMock.mock.calls.find(([url, init]) => url === '/api/me/listing' && init?.method === 'PUT')!;
    expect(JSON.parse(put[1]!.body as string)).toEqual({
      published: false,
      businessName: 'Amani Crafts',
      sector: null,
      countryCode: null,
      languages: [],
      website: null,
      marketplaces: ['Jumia', 'Etsy', 'Amazon'],
      offers: null,
      seeks: ['PARTNERS'],
      womenLed: false,
      contactEmail: null,
      contactPhone: null,
      shown: [],
    });
  });

  it('shows the server’s field errors next to their fields', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [
          { field: 'website', messageKey: 'validation.url', message: 'must start with http(s)://' },
          { field: 'languages[0]', message: 'Unknown language' },
        ],
      }),
    );
    renderWithProviders(<ListingForm listing={null} countries={countries} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Business name'), 'Amani Crafts');
    await user.type(screen.getByRole('textbox', { name: 'Website' }), 'amani.example');
    await user.click(screen.getByRole('switch'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const website = screen.getByRole('textbox', { name: 'Website' });
    await vi.waitFor(() => expect(website).toHaveAttribute('aria-invalid', 'true'));
    expect(website).toHaveAccessibleDescription(expect.stringContaining('Enter a web address starting with http:// or https://.'));
    expect(screen.getByRole('group', { name: 'Languages you work in' })).toHaveTextContent('Unknown language');
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need your attention.');
  });

  it('asks for a business name before sending anything', async () => {
    const fetchMock = mockFetch(() => jsonResponse({}));
    renderWithProviders(<ListingForm listing={null} countries={countries} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
