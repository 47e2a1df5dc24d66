import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ProgrammeForm } from './programme-form';

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Women in e-trade');
  await user.type(screen.getByLabelText('Start date'), '2027-01-01');
  await user.type(screen.getByLabelText('End date'), '2027-12-31');
}

const unctad = { id: 'o1', name: 'UN Trade and Development', acronym: 'UNCTAD', website: null };

describe('ProgrammeForm', () => {
  it('sends the programme, null for what is blank', async () => {
    const onSuccess = vi.fn();
    const fetchMock = mockFetch(({ url, body }) =>
      url === '/api/organisations' ? jsonResponse([unctad]) : jsonResponse({ id: 'p1', partners: [], ...(body as object) }, { status: 201 }),
    );
    renderWithProviders(<ProgrammeForm onSuccess={onSuccess} />);
    const user = userEvent.setup();

    await fill(user);
    await user.type(screen.getByLabelText('Lead organisation'), 'UNCTAD');
    await user.click(await screen.findByLabelText('UN Trade and Development (UNCTAD)'));
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([url]) => url === '/api/programmes')!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({
      name: 'Women in e-trade',
      description: null,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      leadOrganisation: 'UNCTAD',
      partnerIds: ['o1'],
    });
  });

  it('puts a server error on the field it names', async () => {
    mockFetch(({ url }) =>
      url === '/api/organisations' ? jsonResponse([]) : problemResponse(400, { messageKey: 'problem.validation', errors: [{ field: 'endDate', messageKey: 'validation.date-order', message: 'x' }] }),
    );
    renderWithProviders(<ProgrammeForm onSuccess={vi.fn()} />);
    const user = userEvent.setup();

    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    await vi.waitFor(() => expect(screen.getByLabelText('End date')).toHaveAccessibleDescription(/The end must come after the start/));
  });

  it('edits a programme, replacing its partners, and adds a new partner organisation on the way', async () => {
    const onSuccess = vi.fn();
    const itc = { id: 'o2', name: 'International Trade Centre', acronym: 'ITC', website: 'https://intracen.org' };
    const fetchMock = mockFetch(({ url, method, body }) => {
      if (url === '/api/organisations' && method === 'POST') return jsonResponse({ id: 'o2', ...(body as object) }, { status: 201 });
      if (url === '/api/organisations') return jsonResponse([unctad]);
      return jsonResponse({ id: 'p1', partners: [unctad, itc], ...(body as object) });
    });
    const programme = { id: 'p1', name: 'eTrade for Women', description: null, startDate: '2027-01-01', endDate: '2027-12-31', leadOrganisation: 'UNCTAD', partners: [unctad] };
    renderWithProviders(<ProgrammeForm programme={programme} onSuccess={onSuccess} />);
    const user = userEvent.setup();

    expect(screen.getByLabelText('Name')).toHaveValue('eTrade for Women');
    expect(await screen.findByLabelText('UN Trade and Development (UNCTAD)')).toBeChecked();

    await user.click(screen.getByText('Add an organisation', { selector: 'summary' }));
    await user.type(screen.getByLabelText('Organisation name'), 'International Trade Centre');
    await user.type(screen.getByLabelText('Acronym'), 'ITC{Enter}');
    expect(await screen.findByText('“International Trade Centre” added and chosen as a partner.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the changes' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/programmes/p1');
    expect(JSON.parse(put[1]!.body as string)).toMatchObject({ name: 'eTrade for Women', partnerIds: ['o1', 'o2'] });
    const created = fetchMock.mock.calls.find(([url, init]) => url === '/api/organisations' && init?.method === 'POST')!;
    expect(JSON.parse(created[1]!.body as string)).toEqual({ name: 'International Trade Centre', acronym: 'ITC', website: null });
  });
});
