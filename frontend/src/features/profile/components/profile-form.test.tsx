import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ProfileForm } from './profile-form';

const countries = [
  { value: 'KE', label: 'Kenya' },
  { value: 'NP', label: 'Nepal' },
];
const me = (profile: unknown) => ({ id: 'u1', email: 'a@example.org', displayName: 'A', roles: ['PARTICIPANT'], locale: 'en', profile });

describe('ProfileForm', () => {
  it('sends typed values, and null for what she left blank', async () => {
    const fetchMock = mockFetch(({ body }) => jsonResponse(me(body)));
    renderWithProviders(<ProfileForm profile={null} countries={countries} />);
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Country'), 'Nepal');
    await user.selectOptions(screen.getByLabelText('Gender'), 'Female');
    await user.type(screen.getByLabelText('Business name'), 'Himalayan Threads');
    await user.selectOptions(screen.getByLabelText('Is the business led by a woman?'), 'Yes');
    await user.type(screen.getByLabelText('Number of employees'), '4');
    await user.click(screen.getByLabelText('Social media'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your profile has been saved.');
    expect(fetchMock.mock.calls[0][1]!.method).toBe('PUT');
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({
      countryCode: 'NP',
      gender: 'FEMALE',
      businessName: 'Himalayan Threads',
      sector: null,
      businessStage: null,
      womenLed: true,
      womenOwned: null,
      employees: 4,
      onlineSalesChannels: ['SOCIAL_MEDIA'],
      exporting: null,
    });
  });

  it('shows what was saved before', () => {
    renderWithProviders(
      <ProfileForm profile={{ countryCode: 'KE', gender: 'UNDISCLOSED', businessName: 'Duka', exporting: false, employees: 0 }} countries={countries} />,
    );

    expect(screen.getByLabelText('Country')).toHaveValue('KE');
    expect(screen.getByLabelText('Gender')).toHaveValue('UNDISCLOSED');
    expect(screen.getByLabelText('Business name')).toHaveValue('Duka');
    expect(screen.getByLabelText('Do you sell to other countries?')).toHaveValue('false');
    expect(screen.getByLabelText('Number of employees')).toHaveValue('0');
  });

  it('puts a server error on the field it names', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [{ field: 'countryCode', messageKey: 'validation.unknown-country', message: 'unknown country' }],
      }),
    );
    renderWithProviders(<ProfileForm profile={null} countries={countries} />);
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Country'), 'Kenya');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await vi.waitFor(() => expect(screen.getByLabelText('Country')).toHaveAccessibleDescription(/Choose a country from the list/));
  });

  it('refuses a number of employees that is not a whole number', async () => {
    const fetchMock = mockFetch(() => jsonResponse({}));
    renderWithProviders(<ProfileForm profile={null} countries={countries} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Number of employees'), '-3');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('This number is outside the allowed range.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
