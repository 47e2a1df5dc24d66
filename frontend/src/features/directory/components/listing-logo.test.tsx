import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Listing } from '../api/get-listing';
import { ListingLogo } from './listing-logo';

const listing: Listing = {
  published: true,
  businessName: 'Amani Crafts',
  sector: null,
  countryCode: 'KE',
  languages: [],
  website: null,
  marketplaces: [],
  offers: null,
  seeks: [],
  womenLed: true,
  contactEmail: null,
  contactPhone: null,
  shown: [],
  logoUrl: null,
};

beforeAll(() => i18n.loadNamespaces('directory'));

describe('ListingLogo', () => {
  it('refuses a file that is not a PNG, JPEG or WebP image before sending it', async () => {
    const fetchMock = mockFetch(() => jsonResponse(listing));
    renderWithProviders(<ListingLogo listing={listing} />);

    fireEvent.change(screen.getByLabelText('Add a logo'), { target: { files: [new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' })] } });

    expect(await screen.findByRole('alert')).toHaveTextContent('The logo must be a PNG, JPEG or WebP image.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a chosen image to the server', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ ...listing, logoUrl: '/api/directory/7/logo?v=abcd1234' }));
    renderWithProviders(<ListingLogo listing={listing} />);

    fireEvent.change(screen.getByLabelText('Add a logo'), { target: { files: [new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' })] } });

    await expect.poll(() => fetchMock.mock.calls.length).toBe(1);
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/me/listing/logo');
    expect(fetchMock.mock.calls[0]![1]?.method).toBe('POST');
  });

  it('shows the logo the directory serves, with a way to remove it', () => {
    renderWithProviders(<ListingLogo listing={{ ...listing, logoUrl: '/api/directory/7/logo?v=abcd1234' }} />);

    expect(screen.getByRole('img', { name: 'Logo of Amani Crafts' })).toHaveAttribute('src', '/api/directory/7/logo?v=abcd1234');
    expect(screen.getByLabelText('Replace the logo')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove the logo' })).toBeInTheDocument();
  });
});
