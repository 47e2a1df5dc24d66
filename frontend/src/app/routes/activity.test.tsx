import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { anActivity, countriesData, regionsData } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { routes } from '../router';

function renderAt(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </QueryClientProvider>,
  );
}

describe('the activity page', () => {
  it('shows the activity, who may take part in plain words, and what she can do', async () => {
    mockFetch(({ url }) => {
      if (url === '/api/countries') return jsonResponse(countriesData);
      if (url === '/api/regions') return jsonResponse(regionsData);
      if (url === '/api/activities/a1/sessions') return jsonResponse([]);
      if (url === '/api/activities/a1')
        return jsonResponse(
          anActivity({
            title: 'Masterclass in Kathmandu',
            eligibility: { genders: ['FEMALE'], countryCodes: [], regionCodes: ['034'], countryGroups: ['LDC'], womenLedOnly: false, womenOwnedOnly: false },
          }),
        );
      return problemResponse(404, {});
    });
    renderAt('/activities/a1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Masterclass in Kathmandu' })).toBeInTheDocument();
    expect(screen.getByText('Part of eTrade for Women')).toBeInTheDocument();
    expect(await screen.findByText('For women entrepreneurs from Least Developed Countries in Southern Asia.')).toBeInTheDocument();
    expect(screen.getByText('Kathmandu, Nepal')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to enrol' })).toHaveAttribute('href', '/sign-in?redirectTo=%2Factivities%2Fa1');
    expect(await screen.findByText('The sessions have not been scheduled yet.')).toBeInTheDocument();
    expect(document.title).toBe('Masterclass in Kathmandu · eTrade Campus');
  });

  it('says so when there is no such activity', async () => {
    mockFetch(({ url }) => (url.startsWith('/api/activities') ? problemResponse(404, { messageKey: 'problem.not-found' }) : jsonResponse([])));
    renderAt('/activities/nope');

    expect(await screen.findByRole('heading', { level: 1, name: 'Activity not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the catalogue' })).toHaveAttribute('href', '/catalogue');
  });
});
