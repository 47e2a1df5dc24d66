import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { CreateProgrammeForm } from './create-programme-form';

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Women in e-trade');
  await user.type(screen.getByLabelText('Start date'), '2027-01-01');
  await user.type(screen.getByLabelText('End date'), '2027-12-31');
}

describe('CreateProgrammeForm', () => {
  it('sends the programme, null for what is blank', async () => {
    const onSuccess = vi.fn();
    const fetchMock = mockFetch(({ body }) => jsonResponse({ id: 'p1', ...(body as object) }, { status: 201 }));
    renderWithProviders(<CreateProgrammeForm onSuccess={onSuccess} />);
    const user = userEvent.setup();

    await fill(user);
    await user.type(screen.getByLabelText('Lead organisation'), 'UNCTAD');
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0]).toBe('/api/programmes');
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({
      name: 'Women in e-trade',
      description: null,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      leadOrganisation: 'UNCTAD',
    });
  });

  it('puts a server error on the field it names', async () => {
    mockFetch(() =>
      problemResponse(400, { messageKey: 'problem.validation', errors: [{ field: 'endDate', messageKey: 'validation.date-order', message: 'x' }] }),
    );
    renderWithProviders(<CreateProgrammeForm onSuccess={vi.fn()} />);
    const user = userEvent.setup();

    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    await vi.waitFor(() => expect(screen.getByLabelText('End date')).toHaveAccessibleDescription(/The end must come after the start/));
  });
});
