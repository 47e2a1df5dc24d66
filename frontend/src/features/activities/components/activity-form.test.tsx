import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { anActivity } from '@/testing/data';
import { ActivityForm } from './activity-form';

const countries = [
  { value: 'KE', label: 'Kenya' },
  { value: 'NP', label: 'Nepal' },
];
const regions = [
  { value: '002', label: 'Africa' },
  { value: '034', label: 'Southern Asia' },
];

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Title'), 'Selling online');
  await user.type(screen.getByLabelText('Start date'), '2027-03-01');
  await user.type(screen.getByLabelText('End date'), '2027-03-02');
  await user.clear(screen.getByLabelText(/^Time zone/));
  await user.type(screen.getByLabelText(/^Time zone/), 'Africa/Nairobi');
}

describe('ActivityForm', () => {
  it('sends a CreateActivityRequest with the eligibility chosen', async () => {
    const onSuccess = vi.fn();
    const fetchMock = mockFetch(({ body }) => jsonResponse({ id: 'a1', ...(body as object) }, { status: 201 }));
    renderWithProviders(<ActivityForm programmeId="p1" countryChoices={countries} regionChoices={regions} onSuccess={onSuccess} />);
    const user = userEvent.setup();

    await fillRequired(user);
    await user.selectOptions(screen.getByLabelText('Country where it takes place'), 'Kenya');
    await user.clear(screen.getByLabelText('Number of seats'));
    await user.type(screen.getByLabelText('Number of seats'), '30');
    await user.click(screen.getByLabelText('Female'));
    await user.click(screen.getByLabelText('Least Developed Countries'));
    const countriesGroup = screen.getByRole('group', { name: 'Countries' });
    await user.selectOptions(countriesGroup.querySelector('select')!, 'Nepal');
    await user.click(screen.getByRole('button', { name: 'Add: Countries' }));
    await user.type(screen.getByLabelText(/^Tags/), 'e-commerce, export');
    await user.click(screen.getByRole('button', { name: 'Create the draft' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/activities');
    expect(init!.method).toBe('POST');
    expect(JSON.parse(init!.body as string)).toEqual({
      programmeId: 'p1',
      type: 'WORKSHOP',
      title: 'Selling online',
      description: null,
      delivery: 'ONLINE',
      language: 'en',
      countryCode: 'KE',
      city: null,
      regionCode: null,
      startDate: '2027-03-01',
      endDate: '2027-03-02',
      timeZone: 'Africa/Nairobi',
      capacity: 30,
      enrolmentPolicy: 'OPEN',
      enrolmentOpensAt: null,
      enrolmentClosesAt: null,
      eligibility: {
        genders: ['FEMALE'],
        countryCodes: ['NP'],
        regionCodes: null,
        countryGroups: ['LDC'],
        womenLedOnly: false,
        womenOwnedOnly: false,
      },
      tags: ['e-commerce', 'export'],
    });
  });

  it('checks the order of the dates before sending', async () => {
    const fetchMock = mockFetch(() => jsonResponse({}));
    renderWithProviders(<ActivityForm programmeId="p1" countryChoices={countries} regionChoices={regions} onSuccess={vi.fn()} />);
    const user = userEvent.setup();

    await fillRequired(user);
    await user.clear(screen.getByLabelText('End date'));
    await user.type(screen.getByLabelText('End date'), '2027-02-01');
    await user.click(screen.getByRole('button', { name: 'Create the draft' }));

    await vi.waitFor(() => expect(screen.getByLabelText('End date')).toHaveAccessibleDescription(/The end must come after the start/));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts server field errors next to their inputs, eligibility lists included', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [
          { field: 'eligibility.countryGroups[0]', messageKey: 'validation.invalid-value', message: 'bad' },
          { field: 'timeZone', messageKey: 'validation.invalid-value', message: 'bad zone' },
          { field: 'endDate', messageKey: 'validation.date-order', message: 'order' },
        ],
      }),
    );
    renderWithProviders(<ActivityForm programmeId="p1" countryChoices={countries} regionChoices={regions} onSuccess={vi.fn()} />);
    const user = userEvent.setup();

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Create the draft' }));

    await vi.waitFor(() => expect(screen.getByLabelText(/^Time zone/)).toHaveAccessibleDescription(/This value is not valid/));
    expect(screen.getByRole('group', { name: 'Country groups' })).toHaveAccessibleDescription(/This value is not valid/);
    expect(screen.getByLabelText('End date')).toHaveAccessibleDescription(/The end must come after the start/);
    expect(screen.getByRole('alert')).not.toHaveTextContent('eligibility.countryGroups');
  });

  describe('editing an activity', () => {
    const activity = anActivity({
      id: 'a9',
      programmeId: 'p1',
      title: 'Selling online',
      delivery: 'HYBRID',
      countryCode: 'NP',
      city: 'Kathmandu',
      regionCode: '034',
      capacity: 20,
      enrolmentPolicy: 'APPLICATION',
      eligibility: { genders: ['FEMALE'], countryCodes: ['KE'], regionCodes: null, countryGroups: ['LDC'], womenLedOnly: true, womenOwnedOnly: null },
      tags: ['e-commerce', 'export'],
    });

    it('starts from what the activity says and sends it all back with PUT', async () => {
      const onSuccess = vi.fn();
      const fetchMock = mockFetch(({ body }) => jsonResponse({ ...activity, ...(body as object), id: 'a9', programmeName: 'p' }));
      renderWithProviders(<ActivityForm programmeId="p1" activity={activity} countryChoices={countries} regionChoices={regions} onSuccess={onSuccess} />);
      const user = userEvent.setup();

      expect(screen.getByLabelText('Title')).toHaveValue('Selling online');
      expect(screen.getByLabelText('Delivery')).toHaveValue('HYBRID');
      expect(screen.getByLabelText('City')).toHaveValue('Kathmandu');
      expect(screen.getByLabelText('Number of seats')).toHaveValue('20');
      expect(screen.getByLabelText('Female')).toBeChecked();
      expect(screen.getByLabelText('Least Developed Countries')).toBeChecked();
      expect(screen.getByLabelText('Only businesses led by women')).toBeChecked();
      expect(screen.getByRole('list', { name: 'Countries: Chosen' })).toHaveTextContent('Kenya');
      expect(screen.getByLabelText(/^Tags/)).toHaveValue('e-commerce, export');

      await user.clear(screen.getByLabelText('Number of seats'));
      await user.type(screen.getByLabelText('Number of seats'), '30');
      await user.click(screen.getByRole('button', { name: 'Save the changes' }));

      await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
      const [url, init] = fetchMock.mock.calls[0];
      expect(url).toBe('/api/activities/a9');
      expect(init!.method).toBe('PUT');
      expect(JSON.parse(init!.body as string)).toMatchObject({
        programmeId: 'p1',
        title: 'Selling online',
        capacity: 30,
        enrolmentPolicy: 'APPLICATION',
        countryCode: 'NP',
        regionCode: '034',
        eligibility: { genders: ['FEMALE'], countryCodes: ['KE'], regionCodes: null, countryGroups: ['LDC'], womenLedOnly: true, womenOwnedOnly: false },
        tags: ['e-commerce', 'export'],
      });
    });

    it('says why the server refused, next to the field concerned', async () => {
      mockFetch(() =>
        problemResponse(409, {
          messageKey: 'activity.capacity-below-seats',
          errors: [{ field: 'capacity', messageKey: 'activity.capacity-below-seats', message: 'below' }],
        }),
      );
      renderWithProviders(<ActivityForm programmeId="p1" activity={activity} countryChoices={countries} regionChoices={regions} onSuccess={vi.fn()} />);
      const user = userEvent.setup();

      await user.clear(screen.getByLabelText('Number of seats'));
      await user.type(screen.getByLabelText('Number of seats'), '2');
      await user.click(screen.getByRole('button', { name: 'Save the changes' }));

      await vi.waitFor(() =>
        expect(screen.getByLabelText('Number of seats')).toHaveAccessibleDescription(/fewer seats than people already enrolled/),
      );
      expect(screen.getByLabelText('Number of seats')).toHaveFocus();
      expect(screen.getByRole('alert')).toHaveTextContent(/fewer seats than people already enrolled/);
    });
  });
});
