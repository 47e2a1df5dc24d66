import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { OrganisationList } from './organisation-list';

const unctad = { id: 'o1', name: 'UN Trade and Development', acronym: 'UNCTAD', website: null };
const itc = { id: 'o2', name: 'International Trade Centre', acronym: 'ITC', website: 'https://intracen.org' };

async function openEditor(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByText('Partner organisations', { selector: 'h2' }));
  await user.click(await screen.findByRole('button', { name: `Edit: ${name}` }));
  return screen.getByRole('form', { name: `Edit “${name}”` });
}

describe('OrganisationList', () => {
  it('corrects an organisation and returns to the list with the new name, focus on its button', async () => {
    const fetchMock = mockFetch(({ method, body }) =>
      method === 'PUT' ? jsonResponse({ id: 'o2', ...(body as object) }) : jsonResponse([unctad, itc]),
    );
    renderWithProviders(<OrganisationList />);
    const user = userEvent.setup();

    const form = await openEditor(user, 'International Trade Centre');
    expect(within(form).getByLabelText('Website')).toHaveValue('https://intracen.org');
    await user.clear(within(form).getByLabelText('Acronym'));
    await user.type(within(form).getByLabelText('Acronym'), 'ITC Geneva');
    await user.clear(within(form).getByLabelText('Website'));
    await user.click(within(form).getByRole('button', { name: 'Save the organisation' }));

    expect(await screen.findByText('“International Trade Centre” saved.')).toBeInTheDocument();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/organisations/o2');
    expect(JSON.parse(put[1]!.body as string)).toEqual({ name: 'International Trade Centre', acronym: 'ITC Geneva', website: null });
    expect(screen.getByRole('button', { name: 'Edit: International Trade Centre' })).toHaveFocus();
  });

  it('puts the server’s error on the name field when another organisation has that name', async () => {
    mockFetch(({ method }) =>
      method === 'PUT'
        ? problemResponse(409, { messageKey: 'organisation.name-taken', errors: [{ field: 'name', message: 'is taken', messageKey: 'organisation.name-taken' }] })
        : jsonResponse([unctad, itc]),
    );
    renderWithProviders(<OrganisationList />);
    const user = userEvent.setup();

    const form = await openEditor(user, 'International Trade Centre');
    await user.clear(within(form).getByLabelText('Organisation name'));
    await user.type(within(form).getByLabelText('Organisation name'), 'UN Trade and Development');
    await user.click(within(form).getByRole('button', { name: 'Save the organisation' }));

    const name = await within(form).findByLabelText('Organisation name');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(name).toHaveAccessibleDescription(/An organisation with this name already exists\./);
    expect(name).toHaveFocus();
  });

  it('asks for a web address before sending one the server would refuse', async () => {
    const fetchMock = mockFetch(() => jsonResponse([unctad, itc]));
    renderWithProviders(<OrganisationList />);
    const user = userEvent.setup();

    const form = await openEditor(user, 'UN Trade and Development');
    await user.type(within(form).getByLabelText('Website'), 'unctad.org');
    await user.click(within(form).getByRole('button', { name: 'Save the organisation' }));

    expect(await within(form).findByText('Enter a web address starting with http:// or https://.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Website')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });
});
