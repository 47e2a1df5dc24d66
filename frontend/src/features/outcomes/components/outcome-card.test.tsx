import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { Outcome } from '../api/outcomes';
import { OutcomeCard } from './outcome-card';

const indicator = {
  id: 'i1',
  programmeId: 'p1',
  code: 'OC1',
  name: { en: 'SMEs selling online', fr: 'PME vendant en ligne' },
  unit: 'PERCENT' as const,
  currency: null,
  direction: 'HIGHER_IS_BETTER' as const,
  source: 'SURVEY' as const,
  measure: null,
  aggregation: 'SHARE_YES' as const,
  milestoneId: null,
  baseline: null,
  cumulative: false,
  targets: [{ id: 't1', from: '2027-01-01', to: '2027-12-31', value: 60, gender: 'FEMALE' as const, countryGroup: null }],
};

const outcome: Outcome = {
  indicator,
  baseline: { value: 20, people: 40, basis: 'SURVEY_BASELINE' },
  latest: { value: 45, people: 32, basis: 'SURVEY_LATEST' },
  change: 25,
  paired: { people: 30, before: 20, after: 50, change: 30 },
  targets: [{ target: indicator.targets[0]!, value: 45, people: 32, progress: 0.75 }],
};

describe('OutcomeCard', () => {
  it('shows every figure with the people it stands on, the same people before and after, and the progress to each target', () => {
    renderWithProviders(
      <ul>
        <OutcomeCard outcome={outcome} />
      </ul>,
    );
    const card = screen.getByRole('listitem', { name: 'SMEs selling online' });
    expect(within(card).getByText('20%')).toBeInTheDocument();
    expect(within(card).getByText(/n = 40, baseline survey/)).toBeInTheDocument();
    expect(within(card).getByText(/n = 32, latest survey/)).toBeInTheDocument();
    expect(within(card).getByText('+25%')).toBeInTheDocument();
    expect(within(card).getByText('Same 30 people before and after: 20% → 50%')).toBeInTheDocument();
    expect(within(card).getByText('45% of 60% (n = 32)')).toBeInTheDocument();
    expect(within(card).getByText('75% of the target')).toBeInTheDocument();
    expect(within(card).getByText('Women')).toBeInTheDocument();
  });

  it('says a stated baseline is stated, and formats money in the indicator’s currency', () => {
    renderWithProviders(
      <ul>
        <OutcomeCard
          outcome={{
            indicator: { ...indicator, unit: 'CURRENCY', currency: 'USD', source: 'PARTICIPATION', aggregation: null, targets: [] },
            baseline: { value: 1500, people: null, basis: 'STATED' },
            latest: null,
            change: null,
            paired: null,
            targets: [],
          }}
        />
      </ul>,
    );
    expect(screen.getByText('$1,500')).toBeInTheDocument();
    expect(screen.getByText(/\(stated\)/)).toBeInTheDocument();
    expect(screen.getByText('No figure yet')).toBeInTheDocument();
  });
});
