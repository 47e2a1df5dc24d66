import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ReportTargets } from './report-targets';

const indicator = {
  id: 'i1',
  programmeId: 'p1',
  code: 'women',
  name: { en: 'Women registered', fr: 'Femmes inscrites', es: null },
  unit: 'COUNT' as const,
  currency: null,
  direction: 'HIGHER_IS_BETTER' as const,
  source: 'PARTICIPATION' as const,
  measure: 'WOMEN_REGISTERED' as const,
  aggregation: null,
  milestoneId: null,
  baseline: null,
  cumulative: true,
  targets: [],
};

// As the API sends it: the whole OutcomeDto, of which the report reads the indicator and its targets.
const outcome = {
  indicator,
  baseline: null,
  latest: { value: 2, people: 3, basis: 'PARTICIPATION' },
  change: null,
  paired: null,
  targets: [
    { target: { id: 't1', from: '2027-01-01', to: '2027-12-31', value: 10, gender: null, countryGroup: null }, value: 2, people: 3, progress: 0.2 },
    { target: { id: 't2', from: '2027-01-01', to: '2027-12-31', value: 2, gender: null, countryGroup: 'LDC' }, value: 3, people: 3, progress: 1.5 },
    { target: { id: 't3', from: '2028-01-01', to: '2028-12-31', value: 20, gender: 'FEMALE', countryGroup: null }, value: null, people: 0, progress: null },
  ],
};

const filters = { programmeId: 'p1', type: 'WORKSHOP' as const, from: '2027-01-01', region: '034' };

describe('ReportTargets', () => {
  it('asks for the programme’s outcomes under the report’s filters and shows each target with its progress in words', async () => {
    const fetchMock = mockFetch(() => jsonResponse([outcome, { ...outcome, indicator: { ...indicator, id: 'i2', name: { en: 'Without targets' } }, targets: [] }]));
    renderWithProviders(<ReportTargets filters={filters} language="en" />);

    const item = (await screen.findByRole('heading', { level: 3, name: 'Women registered' })).closest('li')!;
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/programmes/p1/outcomes?type=WORKSHOP&from=2027-01-01&region=034');
    expect(screen.getByRole('heading', { level: 2, name: 'Targets' })).toBeInTheDocument();
    const targets = within(item).getAllByRole('listitem');
    expect(targets[0]).toHaveTextContent(/^Target: 10, Jan 1 – Dec 31, 2027/);
    expect(targets[0]).toHaveTextContent('Reached: 2 (n = 3)');
    expect(targets[0]).toHaveTextContent('20% of the target');
    expect(targets[1]).toHaveTextContent('Least developed countries');
    expect(targets[1]).toHaveTextContent('150% of the target: reached');
    expect(targets[2]).toHaveTextContent('Women');
    expect(targets[2]).toHaveTextContent('Nothing measured yet (n = 0)');
    expect(screen.getByText('No targets for this indicator.')).toBeInTheDocument();
  });

  it('says which part of each target’s period the filters’ period leaves, and when they do not overlap', async () => {
    const narrowed = {
      ...outcome,
      targets: [
        { ...outcome.targets[0], measuredFrom: '2027-03-01', measuredTo: '2027-12-31' },
        { ...outcome.targets[2], measuredFrom: '2028-01-01', measuredTo: '2027-06-30' },
      ],
    };
    mockFetch(() => jsonResponse([narrowed]));
    renderWithProviders(<ReportTargets filters={{ programmeId: 'p1', from: '2027-03-01' }} language="en" />);

    const item = (await screen.findByRole('heading', { level: 3, name: 'Women registered' })).closest('li')!;
    const targets = within(item).getAllByRole('listitem');
    expect(targets[0]).toHaveTextContent('Counted over Mar 1 – Dec 31, 2027');
    expect(targets[1]).toHaveTextContent('does not overlap');
  });

  it('says when the programme has no indicators, with a link to define them', async () => {
    mockFetch(() => jsonResponse([]));
    renderWithProviders(<ReportTargets filters={filters} language="en" />);
    expect(await screen.findByText('This programme has no indicators yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Define its indicators and targets' })).toHaveAttribute('href', '/manage/programmes/p1/outcomes');
  });

  it('hints at choosing a programme when none is, without asking the API', () => {
    const fetchMock = mockFetch(() => jsonResponse([]));
    renderWithProviders(<ReportTargets filters={{}} language="en" />);
    expect(screen.getByText('Choose a programme in the filters to see its targets and how far they are reached.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('does not ask the API when the end date is before the start', () => {
    const fetchMock = mockFetch(() => jsonResponse([]));
    renderWithProviders(<ReportTargets filters={{ programmeId: 'p1', from: '2027-06-01', to: '2027-01-01' }} language="en" />);
    expect(screen.getByText('The end date is before the start date: no activity can match.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is left out for someone the programme refuses (a trainer), rather than showing an error', async () => {
    const fetchMock = mockFetch(() => problemResponse(403, { messageKey: 'problem.forbidden' }));
    renderWithProviders(<ReportTargets filters={filters} language="en" />);
    expect(screen.getByText('Loading the targets…')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: 'Targets' })).not.toBeInTheDocument());
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the indicator in the reader’s language', async () => {
    mockFetch(() => jsonResponse([outcome]));
    renderWithProviders(<ReportTargets filters={filters} language="fr" />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Femmes inscrites' })).toBeInTheDocument();
  });
});
