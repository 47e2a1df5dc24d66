import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { IndicatorForm } from './indicator-form';

const milestones = [{ id: 'm1', programmeId: 'p1', code: 'M1', name: { en: 'First online sale' }, position: 0 }];

async function fillParticipation(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Code'), 'OC1.1');
  await user.type(screen.getByLabelText('Name in English'), 'Women trained');
  await user.selectOptions(screen.getByLabelText('What is counted'), 'WOMEN_COMPLETED');
  await user.type(screen.getByLabelText('Stated baseline (optional)'), '10');
  await user.click(screen.getByRole('button', { name: 'Add a target' }));
  await user.type(screen.getByLabelText('From'), '2027-01-01');
  await user.type(screen.getByLabelText('To'), '2027-12-31');
  await user.type(screen.getByLabelText('Target value'), '200');
  await user.selectOptions(screen.getByLabelText('Only from'), 'LDC');
}

describe('IndicatorForm', () => {
  it('sends only the fields of its source, the unit following from what is counted', async () => {
    const onSaved = vi.fn();
    const fetchMock = mockFetch(({ url, body }) =>
      url.endsWith('/milestones') ? jsonResponse(milestones) : jsonResponse({ id: 'i1', programmeId: 'p1', ...(body as object), targets: [] }, { status: 201 }),
    );
    renderWithProviders(<IndicatorForm programmeId="p1" onSaved={onSaved} />);
    const user = userEvent.setup();

    await fillParticipation(user);
    await user.click(screen.getByRole('button', { name: 'Add the indicator' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([url, init]) => url === '/api/programmes/p1/indicators' && init?.method === 'POST')!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({
      code: 'OC1.1',
      name: { en: 'Women trained', fr: null, es: null },
      unit: 'COUNT',
      currency: null,
      direction: 'HIGHER_IS_BETTER',
      source: 'PARTICIPATION',
      measure: 'WOMEN_COMPLETED',
      aggregation: null,
      milestoneId: null,
      baseline: 10,
      cumulative: false,
      targets: [{ from: '2027-01-01', to: '2027-12-31', value: 200, gender: null, countryGroup: 'LDC' }],
    });
  });

  it('asks a currency for money, and sends a survey indicator with its aggregation', async () => {
    const fetchMock = mockFetch(({ url, body }) => (url.endsWith('/milestones') ? jsonResponse([]) : jsonResponse({ id: 'i2', programmeId: 'p1', ...(body as object), targets: [] }, { status: 201 })));
    renderWithProviders(<IndicatorForm programmeId="p1" />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Code'), 'OC2');
    await user.type(screen.getByLabelText('Name in English'), 'Online sales');
    await user.selectOptions(screen.getByLabelText('Measured from'), 'SURVEY');
    expect(screen.queryByLabelText('What is counted')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('How answers are combined'), 'SUM');
    await user.selectOptions(screen.getByLabelText('Unit'), 'CURRENCY');
    await user.click(screen.getByRole('button', { name: 'Add the indicator' }));
    expect(await screen.findByLabelText('Currency')).toHaveAccessibleDescription(/This field is required/);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Currency'), 'usd');
    await user.click(screen.getByRole('button', { name: 'Add the indicator' }));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(post[1]!.body as string)).toMatchObject({ source: 'SURVEY', aggregation: 'SUM', unit: 'CURRENCY', currency: 'USD', measure: null, milestoneId: null });
  });

  it('puts the server field errors next to their inputs, in the targets too', async () => {
    mockFetch(({ url }) =>
      url.endsWith('/milestones')
        ? jsonResponse(milestones)
        : problemResponse(409, {
            messageKey: 'outcome.code-taken',
            detail: 'Another indicator of the programme has this code.',
            errors: [
              { field: 'code', message: 'Another indicator of the programme has this code.', messageKey: 'outcome.code-taken' },
              { field: 'targets[0].to', message: 'The target ends after the programme.', messageKey: 'outcome.target-outside-programme' },
            ],
          }),
    );
    renderWithProviders(<IndicatorForm programmeId="p1" />);
    const user = userEvent.setup();

    await fillParticipation(user);
    await user.click(screen.getByRole('button', { name: 'Add the indicator' }));

    await vi.waitFor(() => expect(screen.getByLabelText('To')).toHaveAccessibleDescription(/The target ends after the programme/));
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(/Another indicator|code/i);
    expect(screen.getByLabelText('Code')).toHaveFocus();
  });
});
