import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { createQueryClient } from '@/lib/query-client';
import { aPage, countriesData, regionsData } from '@/testing/data';
import { jsonResponse, mockFetch } from '@/testing/http';
import { routes } from '../router';

// jsdom has no canvas: uPlot is replaced by a stand-in that records what it was asked to draw.
const charts = vi.hoisted(() => ({ drawn: [] as { data: unknown; destroyed: boolean }[] }));
vi.mock('uplot', () => {
  class FakeUPlot {
    static paths = { bars: () => () => null };
    width: number;
    private readonly entry: { data: unknown; destroyed: boolean };
    constructor(options: { width: number }, data: unknown) {
      this.width = options.width;
      this.entry = { data, destroyed: false };
      charts.drawn.push(this.entry);
    }
    setSize({ width }: { width: number }) {
      this.width = width;
    }
    destroy() {
      this.entry.destroyed = true;
    }
  }
  return { default: FakeUPlot };
});

const me = (roles: string[]) => ({ id: 'u1', email: 'm@example.org', displayName: 'Mona', roles, locale: 'en', profile: null });

const figures = (registered: number, women: number, more: Partial<Record<string, number | null>> = {}) => ({
  registered,
  attended: 0,
  completed: 0,
  women,
  womenShare: registered ? women / registered : null,
  genderUndisclosed: 0,
  countries: 1,
  ldcParticipants: 0,
  lldcParticipants: 0,
  sidsParticipants: 0,
  ...more,
});

const report = {
  totals: { ...figures(213, 126, { attended: 170, completed: 120, countries: 40, ldcParticipants: 31, lldcParticipants: 12, sidsParticipants: 7 }), ldcCountries: 11 },
  rows: [
    { key: 'NP', label: 'Nepal', ...figures(120, 80, { attended: 100, completed: 70, ldcParticipants: 31, lldcParticipants: 12 }) },
    { key: 'CO', label: 'Colombia', ...figures(93, 46, { attended: 70, completed: 50 }) },
  ],
  sentence: 'Over 210 participants (59% women) from 40 countries registered, 11 of them LDCs',
};

const byMonth = {
  totals: report.totals,
  rows: [
    { key: '202703', label: 'March 2027', ...figures(13, 6) },
    { key: '202701', label: 'January 2027', ...figures(200, 120) },
  ],
  sentence: report.sentence,
};

const programme = { id: 'p1', name: 'Women in e-trade', description: null, startDate: '2027-01-01', endDate: '2027-12-31', leadOrganisation: null, partners: [] };

function renderAt(path: string, roles = ['MANAGER']) {
  authTokens.set({ accessToken: 'a', refreshToken: 'r' });
  const fetchMock = mockFetch(({ url }) => {
    const parsed = new URL(url, 'http://campus.test');
    if (parsed.pathname === '/api/me') return jsonResponse(me(roles));
    if (parsed.pathname === '/api/countries') return jsonResponse(countriesData);
    if (parsed.pathname === '/api/regions') return jsonResponse(regionsData);
    if (parsed.pathname === '/api/programmes') return jsonResponse(aPage([programme]));
    if (parsed.pathname === '/api/reports/participation') return jsonResponse(parsed.searchParams.get('groupBy') === 'month' ? byMonth : report);
    if (parsed.pathname.startsWith('/api/reports/participation.')) return new Response('a,b\n1,2\n', { headers: { 'Content-Type': 'text/csv' } });
    return jsonResponse([]);
  });
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, fetchMock };
}

const calls = (fetchMock: ReturnType<typeof mockFetch>, prefix: string) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith(prefix));

describe('the participation report', () => {
  it('reads its filters from the URL and asks the API for them, with a trend by month', async () => {
    const { fetchMock } = renderAt('/reports?programmeId=p1&type=WORKSHOP&from=2027-01-01&to=2027-06-30&region=034&country=NP&groupBy=gender');

    expect(await screen.findByText(report.sentence)).toBeInTheDocument();
    expect(calls(fetchMock, '/api/reports/participation?')).toEqual([
      '/api/reports/participation?programmeId=p1&type=WORKSHOP&from=2027-01-01&to=2027-06-30&region=034&country=NP&groupBy=gender&language=en',
      '/api/reports/participation?programmeId=p1&type=WORKSHOP&from=2027-01-01&to=2027-06-30&region=034&country=NP&groupBy=month&language=en',
      '/api/reports/participation?programmeId=p1&type=WORKSHOP&from=2027-01-01&to=2027-06-30&region=034&country=NP&groupBy=region&language=en',
      '/api/reports/participation?programmeId=p1&type=WORKSHOP&from=2027-01-01&to=2027-06-30&region=034&country=NP&groupBy=countryGroup&language=en',
    ]);
    expect(calls(fetchMock, '/api/programmes/p1/outcomes')).toEqual(['/api/programmes/p1/outcomes?type=WORKSHOP&from=2027-01-01&to=2027-06-30&region=034&country=NP']);
    // Where participants come from, beside the main breakdown.
    expect(await screen.findByRole('table', { name: 'By region' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'By country group' })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Women in e-trade' })).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Southern Asia' });
    expect(screen.getByLabelText('Programme')).toHaveValue('p1');
    expect(screen.getByLabelText('Type of activity')).toHaveValue('WORKSHOP');
    expect(screen.getByLabelText('Activities starting from')).toHaveValue('2027-01-01');
    expect(screen.getByLabelText('Activities starting until')).toHaveValue('2027-06-30');
    expect(screen.getByLabelText('Region')).toHaveValue('034');
    expect(screen.getByLabelText('Country of the participants')).toHaveValue('NP');
    expect(screen.getByLabelText('Break down by')).toHaveValue('gender');
    expect(screen.getByText('More filters (5 in use)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'By gender' })).toBeInTheDocument();
    // The trend, oldest month first.
    const trend = await screen.findByRole('table', { name: 'Participation by month' });
    expect(within(trend).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['January 2027', 'March 2027']);
  });

  it('writes the filters she changes in the URL and fetches the figures again', async () => {
    const { router, fetchMock } = renderAt('/reports');
    const user = userEvent.setup();
    await screen.findByText(report.sentence);
    await screen.findByRole('option', { name: 'Women in e-trade' });

    await user.selectOptions(screen.getByLabelText('Programme'), 'Women in e-trade');
    await user.click(screen.getByText('More filters: type, dates, region, country'));
    await user.selectOptions(screen.getByLabelText('Type of activity'), 'Masterclass');
    await user.selectOptions(screen.getByLabelText('Break down by'), 'Month');

    expect(router.state.location.search).toBe('?programmeId=p1&type=MASTERCLASS&groupBy=month');
    await vi.waitFor(() =>
      expect(calls(fetchMock, '/api/reports/participation?').at(-1)).toBe('/api/reports/participation?programmeId=p1&type=MASTERCLASS&groupBy=month&language=en'),
    );

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('?groupBy=month');
  });

  it('shows the sentence, with a copy button, and every headline figure with its base', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderAt('/reports');
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    expect(await screen.findByText(report.sentence)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(report.sentence);
    expect(screen.getByText('Copied')).toBeInTheDocument();

    const figuresList = screen.getByRole('heading', { level: 2, name: 'Headline figures' }).parentElement!;
    const figure = (label: string) => within(figuresList).getByText(label, { selector: 'dt' }).parentElement!;
    expect(figure('Registered')).toHaveTextContent('213');
    expect(figure('Attended')).toHaveTextContent('170');
    expect(figure('Attended')).toHaveTextContent('80% of 213 registered');
    expect(figure('Completed')).toHaveTextContent('56% of 213 registered');
    expect(figure('Women')).toHaveTextContent('59% of 213');
    expect(figure('Women')).toHaveTextContent('126 women');
    expect(figure('Countries')).toHaveTextContent('40');
    expect(figure('Countries')).toHaveTextContent('LDCs among them: 11');
    expect(figure('From LDCs')).toHaveTextContent('31of 213 registered');
    expect(figure('From SIDS')).toHaveTextContent('7of 213 registered');
  });

  it('lists the rows in a table view, which screen readers have even while the chart shows', async () => {
    const { router } = renderAt('/reports?programmeId=p1');
    const user = userEvent.setup();
    await screen.findByText(report.sentence);

    // Chart first; the table is there for screen readers.
    expect(screen.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('table', { name: 'Participation by country' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Bar chart: registered and women by country; the table has the figures' })).toBeInTheDocument();
    await vi.waitFor(() => expect(charts.drawn.some((chart) => JSON.stringify(chart.data) === JSON.stringify([[0, 1], [120, 93], [80, 46]]))).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(router.state.location.search).toBe('?programmeId=p1&view=table');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Participation by country' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Nepal', 'Colombia']);
    expect(rows[0]).toHaveTextContent('67% of 120');
    expect(screen.getByRole('region', { name: 'Participation by country' })).toHaveAttribute('tabindex', '0');
    expect(screen.queryByRole('img', { name: /^Bar chart/ })).not.toBeInTheDocument();
    expect(charts.drawn.every((chart) => chart.destroyed)).toBe(true);
  });

  it('downloads the breakdown as CSV or XLSX with the same filters, small counts hidden unless unticked', async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { fetchMock } = renderAt('/reports?programmeId=p1&groupBy=region');
    const user = userEvent.setup();
    await screen.findByText(report.sentence);

    const hide = screen.getByLabelText('Hide counts under 5 (for sharing outside the programme team)');
    expect(hide).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await vi.waitFor(() =>
      expect(calls(fetchMock, '/api/reports/participation.csv')).toEqual(['/api/reports/participation.csv?programmeId=p1&groupBy=region&language=en&suppressSmall=true']),
    );
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).startsWith('/api/reports/participation.csv'))!;
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer a');
    await vi.waitFor(() => expect(createObjectURL).toHaveBeenCalled());

    await user.click(hide);
    await user.click(screen.getByRole('button', { name: 'Download XLSX' }));
    await vi.waitFor(() =>
      expect(calls(fetchMock, '/api/reports/participation.xlsx')).toEqual(['/api/reports/participation.xlsx?programmeId=p1&groupBy=region&language=en&suppressSmall=false']),
    );
  });

  it('is in the main navigation for a trainer, who picks no programme', async () => {
    renderAt('/reports', ['TRAINER']);
    await screen.findByText(report.sentence);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
    expect(screen.queryByLabelText('Programme')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Targets' })).not.toBeInTheDocument();
  });
});
