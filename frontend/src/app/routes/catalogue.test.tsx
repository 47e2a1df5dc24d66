import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { aPage, anActivity, countriesData, regionsData } from '@/testing/data';
import { jsonResponse, mockFetch } from '@/testing/http';
import { routes } from '../router';

function renderAt(path: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

function catalogueApi(pageOf: (url: URL) => unknown = () => aPage([anActivity()])) {
  return mockFetch(({ url }) => {
    const parsed = new URL(url, 'http://campus.test');
    if (parsed.pathname === '/api/countries') return jsonResponse(countriesData);
    if (parsed.pathname === '/api/regions') return jsonResponse(regionsData);
    return jsonResponse(pageOf(parsed));
  });
}

const activityCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/activities'));

describe('the catalogue', () => {
  it('filters by what the URL says, so a link or a reload shows the same results', async () => {
    const fetchMock = catalogueApi(() => aPage([anActivity()], { page: 1, total: 45 }));
    renderAt('/catalogue?q=trade&type=WORKSHOP&region=034&country=NP&open=true&page=1');

    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(activityCalls(fetchMock)).toEqual(['/api/activities?q=trade&type=WORKSHOP&region=034&country=NP&open=true&page=1&size=20']);
    expect(screen.getByLabelText('Search by title or topic')).toHaveValue('trade');
    expect(screen.getByLabelText('Type of activity')).toHaveValue('WORKSHOP');
    expect(screen.getByLabelText('Only activities open for enrolment now')).toBeChecked();
    // Chosen once the reference data has arrived.
    await screen.findByRole('option', { name: 'Southern Asia' });
    expect(screen.getByLabelText('Region')).toHaveValue('034');
    expect(screen.getByLabelText('Country')).toHaveValue('NP');
    const pages = screen.getByRole('navigation', { name: 'Pages of activities' });
    expect(within(pages).getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/catalogue?q=trade&type=WORKSHOP&region=034&country=NP&open=true',
    );
    expect(within(pages).getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/catalogue?q=trade&type=WORKSHOP&region=034&country=NP&open=true&page=2',
    );
  });

  it('puts the filters she chooses in the URL and starts again from the first page', async () => {
    const fetchMock = catalogueApi();
    const router = renderAt('/catalogue?page=3');
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Southern Asia' });

    await user.type(screen.getByLabelText('Search by title or topic'), '  e-commerce ');
    await user.click(screen.getByText('More filters'));
    await user.selectOptions(screen.getByLabelText('Language of the activity'), 'French');
    await user.selectOptions(screen.getByLabelText('Region'), 'Asia (whole region)');
    await user.click(screen.getByLabelText('Only activities open for enrolment now'));
    await user.click(screen.getByRole('button', { name: 'Show activities' }));

    expect(router.state.location.search).toBe('?q=e-commerce&language=fr&region=142&open=true');
    await vi.waitFor(() => expect(activityCalls(fetchMock).at(-1)).toBe('/api/activities?q=e-commerce&language=fr&region=142&open=true&page=0&size=20'));
    expect(await screen.findByText('More filters (2 in use)')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Search by title or topic')).toHaveValue('');
    expect(screen.getByLabelText('Language of the activity')).toHaveValue('');
  });

  it('shows on each card what she decides on, in words', async () => {
    catalogueApi(() =>
      aPage([
        anActivity({ id: 'a1', title: 'Masterclass in Kathmandu', seatsLeft: 12 }),
        anActivity({ id: 'a2', title: 'Online course on statistics', type: 'ONLINE_COURSE', delivery: 'ONLINE', city: null, countryCode: null, language: 'fr', seatsLeft: 0 }),
        anActivity({ id: 'a3', title: 'Study tour, Bogotá', type: 'STUDY_TOUR', city: 'Bogotá', countryCode: 'CO', seatsLeft: 1, enrolmentOpen: false, startDate: '2026-04-28', endDate: '2026-05-02' }),
      ]),
    );
    renderAt('/catalogue');

    const masterclass = await screen.findByRole('article', { name: 'Masterclass in Kathmandu' });
    expect(within(masterclass).getByRole('link', { name: 'Masterclass in Kathmandu' })).toHaveAttribute('href', '/activities/a1');
    expect(masterclass).toHaveTextContent('Masterclass · In person');
    expect(masterclass).toHaveTextContent(/Mar 3\s–\s5, 2026/);
    expect(masterclass).toHaveTextContent('English');
    expect(masterclass).toHaveTextContent('12 seats left');
    expect(masterclass).toHaveTextContent('Enrolment open');
    expect(await within(masterclass).findByText('Kathmandu, Nepal')).toBeInTheDocument();

    const course = screen.getByRole('article', { name: 'Online course on statistics' });
    expect(course).toHaveTextContent('Online course · Online');
    expect(course).toHaveTextContent('WhereOnline');
    expect(course).toHaveTextContent('French');
    expect(course).toHaveTextContent('Full — waitlist open');

    const tour = screen.getByRole('article', { name: 'Study tour, Bogotá' });
    expect(tour).toHaveTextContent('Bogotá, Colombia');
    expect(tour).toHaveTextContent(/Apr 28\s–\sMay 2, 2026/);
    expect(tour).toHaveTextContent('1 seat left');
    expect(tour).toHaveTextContent('Enrolment closed');
    expect(screen.getByRole('status')).toHaveTextContent('3 activities');
  });

  it('holds the results’ place while they load, and says when nothing matches', async () => {
    let answer: (response: Response) => void = () => {};
    mockFetch(({ url }) => {
      if (url === '/api/countries') return jsonResponse(countriesData);
      if (url === '/api/regions') return jsonResponse(regionsData);
      return new Promise<Response>((resolve) => (answer = resolve));
    });
    renderAt('/catalogue?q=nothing');

    expect(await screen.findByText('Loading activities…')).toBeInTheDocument();
    expect(document.querySelectorAll('.skeleton')).toHaveLength(3);

    answer(jsonResponse(aPage([])));
    expect(await screen.findByText('No activity matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show all activities' })).toHaveAttribute('href', '/catalogue');
    expect(document.querySelectorAll('.skeleton')).toHaveLength(0);
  });
});
