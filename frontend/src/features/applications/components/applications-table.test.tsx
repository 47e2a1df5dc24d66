import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ApplicationsTable } from './applications-table';

const row = (id: string, displayName: string, overrides: object = {}) => ({
  id,
  userId: `u${id}`,
  displayName,
  email: `${displayName.split(' ')[0].toLowerCase()}@example.org`,
  countryCode: 'NP',
  gender: 'FEMALE',
  status: 'APPLIED',
  screeningReason: null,
  reviews: 2,
  meanScore: 71.4,
  scoreSpread: 10,
  submittedAt: '2027-01-05T10:00:00Z',
  ...overrides,
});
const list = (items: object[]) => ({ page: { items, page: 0, size: 50, total: items.length }, countsByStatus: { APPLIED: 3, DRAFT: 1 } });

function renderTable(seatsLeft = 1) {
  return renderWithProviders(
    <ApplicationsTable
      activityId="a1"
      search={{ page: 0, sort: 'score' }}
      onSearch={vi.fn()}
      hrefFor={(page) => `/x?page=${page}`}
      countryName={() => 'Nepal'}
      countryChoices={[]}
      regionChoices={[]}
      seatsLeft={seatsLeft}
    />,
  );
}

describe('ApplicationsTable', () => {
  it('shows scores rounded, flags reviewers who disagree, and the screening reason', async () => {
    mockFetch(() =>
      jsonResponse(list([row('1', 'Asha Rai'), row('2', 'Bina Gurung', { meanScore: 55.5, scoreSpread: 40 }), row('3', 'Chandra Lama', { status: 'SCREENED_OUT', screeningReason: 'country', meanScore: null, scoreSpread: null })])),
    );
    renderTable();
    const asha = (await screen.findByRole('row', { name: /Asha Rai/ }));
    expect(asha).toHaveTextContent('71');
    expect(screen.getByRole('row', { name: /Bina Gurung/ })).toHaveTextContent('40 ⚠ reviewers disagree');
    expect(screen.getByRole('row', { name: /Asha Rai/ })).not.toHaveTextContent('disagree');
    expect(screen.getByRole('row', { name: /Chandra Lama/ })).toHaveTextContent('Screened outReason: country');
    expect(screen.getByLabelText('Applications by status')).toHaveTextContent('Applied3');
    expect(screen.getByText('1 seat left.')).toBeInTheDocument();
  });

  it('accepts the selected applicants after confirming, and says plainly why a decision over capacity was refused', async () => {
    const decisions: unknown[] = [];
    let seats = 1;
    mockFetch(({ url, body }) => {
      if (url.endsWith('/decisions')) {
        decisions.push(body);
        const ids = (body as { applicationIds: string[] }).applicationIds;
        if (ids.length > seats) return problemResponse(409, { messageKey: 'application.over-capacity', errors: [{ field: 'applicationIds', messageKey: 'application.over-capacity', message: 'x' }] });
        seats -= ids.length;
        return jsonResponse({ decided: ids.length, seatsLeft: seats });
      }
      return jsonResponse(list([row('1', 'Asha Rai'), row('2', 'Bina Gurung'), row('3', 'Dawa Sherpa', { status: 'DRAFT' })]));
    });
    renderTable(1);
    const user = userEvent.setup();

    // Drafts cannot be decided, so "select all" leaves them out.
    await user.click(await screen.findByRole('checkbox', { name: 'Select all on this page' }));
    expect(screen.getByRole('checkbox', { name: 'Select Dawa Sherpa' })).not.toBeChecked();
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(screen.getByText('Accept 2 applicants? They will be enrolled and told by e-mail.')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was decided: you selected 2 applicants to accept, and only 1 seats are left. Select fewer, or raise the capacity first.',
    );
    expect(screen.getByText('2 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select Bina Gurung' }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByText('1 applicant accepted and enrolled. Seats left: 0.')).toBeInTheDocument();
    expect(decisions).toEqual([
      { applicationIds: ['1', '2'], decision: 'ACCEPT' },
      { applicationIds: ['1'], decision: 'ACCEPT' },
    ]);
    expect(within(screen.getByRole('group', { name: 'Decide on the selected applications' })).getByText('0 selected')).toBeInTheDocument();
  });

  it('explains a refusal for applications that cannot be decided', async () => {
    mockFetch(({ url }) =>
      url.endsWith('/decisions') ? problemResponse(409, { messageKey: 'application.not-decidable' }) : jsonResponse(list([row('1', 'Asha Rai', { status: 'REJECTED' })])),
    );
    renderTable();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Select Asha Rai' }));
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reject' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('some of the selected applications cannot be decided');
  });
});
