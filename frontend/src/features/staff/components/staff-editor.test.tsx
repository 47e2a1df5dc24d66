import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { StaffEditor } from './staff-editor';

const tina = { id: 'u1', displayName: 'Tina Trainer', email: 'tina@example.org' };
const omar = { id: 'u2', displayName: 'Omar Okafor', email: 'omar@example.org' };
const staffPage = (items: object[]) => ({ items, page: 0, size: 10, total: items.length });

describe('StaffEditor', () => {
  it('finds trainers as she types, once she pauses, and saves the list with the one added', async () => {
    const fetchMock = mockFetch(() => jsonResponse(staffPage([tina, omar])));
    const onSave = vi.fn(async () => {});
    renderWithProviders(<StaffEditor role="TRAINER" people={[tina]} onSave={onSave} />);
    const user = userEvent.setup();

    expect(screen.getByRole('list', { name: 'Current trainers' })).toHaveTextContent('Tina Trainer');
    await user.type(screen.getByLabelText('Find a trainer by name or e-mail'), 'oka');

    // Already a trainer, Tina is not offered again.
    await user.click(await screen.findByRole('button', { name: 'Add: Omar Okafor' }));
    expect(screen.queryByRole('button', { name: 'Add: Tina Trainer' })).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/staff?role=TRAINER&q=oka&page=0&size=10');
    expect(onSave).toHaveBeenCalledWith(['u1', 'u2']);
    expect(await screen.findByText('Omar Okafor added.')).toBeInTheDocument();
    expect(screen.getByLabelText('Find a trainer by name or e-mail')).toHaveFocus();
  });

  it('removes a trainer and says why the server refused a change', async () => {
    mockFetch(() => jsonResponse(staffPage([])));
    const onSave = vi
      .fn()
      .mockRejectedValueOnce(
        await import('@/lib/problem').then(({ toApiError }) =>
          toApiError(problemResponse(400, { messageKey: 'problem.validation', errors: [{ field: 'trainerIds', messageKey: 'validation.not-staff', message: 'x' }] })),
        ),
      )
      .mockResolvedValueOnce(undefined);
    renderWithProviders(<StaffEditor role="TRAINER" people={[tina, omar]} onSave={onSave} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Remove: Omar Okafor' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Each person must have an active staff account with the role needed here.');

    await user.click(screen.getByRole('button', { name: 'Remove: Omar Okafor' }));
    expect(await screen.findByText('Omar Okafor removed.')).toBeInTheDocument();
    expect(onSave).toHaveBeenLastCalledWith(['u1']);
  });

  it('keeps the last manager: her remove button does nothing and says why', async () => {
    mockFetch(() => jsonResponse(staffPage([])));
    const onSave = vi.fn(async () => {});
    renderWithProviders(<StaffEditor role="MANAGER" minimum={1} people={[tina]} onSave={onSave} />);

    const remove = screen.getByRole('button', { name: 'Remove: Tina Trainer' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription('A programme keeps at least one manager: add another before removing this one.');
    await userEvent.setup().click(remove);
    expect(onSave).not.toHaveBeenCalled();
  });
});
