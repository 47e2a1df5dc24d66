import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { i18n } from '@/lib/i18n';
import type { Question } from '../api/get-application-form';
import { ApplicationForm } from './application-form';

const label = (en: string, fr?: string) => ({ en, fr: fr ?? null, es: null });
const questions: Question[] = [
  { key: 'business', type: 'SHORT_TEXT', label: label('Business name', 'Nom de l’entreprise'), required: true, identifying: true, options: null },
  { key: 'pitch', type: 'LONG_TEXT', label: label('Your pitch'), required: true, identifying: false, options: null },
  {
    key: 'stage',
    type: 'SINGLE_CHOICE',
    label: label('Stage'),
    required: false,
    identifying: false,
    options: [
      { value: 'idea', label: label('Idea', 'Idée') },
      { value: 'growth', label: label('Growth', 'Croissance') },
    ],
  },
  {
    key: 'channels',
    type: 'MULTIPLE_CHOICE',
    label: label('Channels'),
    required: false,
    identifying: false,
    options: [
      { value: 'web', label: label('Own website') },
      { value: 'market', label: label('Marketplace') },
    ],
  },
  { key: 'staff', type: 'NUMBER', label: label('Employees'), required: false, identifying: false, options: null },
  { key: 'exports', type: 'YES_NO', label: label('Do you export?'), required: false, identifying: false, options: null },
  { key: 'country', type: 'COUNTRY', label: label('Country of registration'), required: false, identifying: false, options: null },
  { key: 'site', type: 'URL', label: label('Website'), required: false, identifying: true, options: null },
  { key: 'confidence', type: 'SCALE', label: label('How confident are you?'), required: false, identifying: false, options: null },
];
const countries = [
  { value: 'NP', label: 'Nepal' },
  { value: 'IN', label: 'India' },
];
const application = (overrides: object = {}) => ({
  id: 'ap1',
  activityId: 'a1',
  activityTitle: 'Accelerator',
  activityStartDate: '2027-03-01',
  status: 'DRAFT',
  answers: {},
  submittedAt: null,
  updatedAt: '2027-01-01T10:00:00Z',
  ...overrides,
});

function renderForm(onSent = vi.fn()) {
  return renderWithProviders(<ApplicationForm activityId="a1" questions={questions} application={null} countries={countries} onSent={onSent} />);
}

describe('ApplicationForm', () => {
  it('renders one input per question type and sends every answer in the type the API expects', async () => {
    const bodies: unknown[] = [];
    mockFetch(({ url, body }) => {
      if (url.endsWith('/submit')) return jsonResponse(application({ status: 'APPLIED' }));
      bodies.push(body);
      return jsonResponse(application());
    });
    const onSent = vi.fn();
    renderForm(onSent);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Business name'), 'Himalayan Weaves');
    expect(screen.getByLabelText('Your pitch').tagName).toBe('TEXTAREA');
    await user.type(screen.getByLabelText('Your pitch'), 'Pashmina sold online');
    // A few choices are radio buttons; several choices are boxes.
    await user.click(within(screen.getByRole('group', { name: 'Stage (optional)' })).getByRole('radio', { name: 'Growth' }));
    const channels = screen.getByRole('group', { name: 'Channels (optional)' });
    await user.click(within(channels).getByRole('checkbox', { name: 'Own website' }));
    await user.click(within(channels).getByRole('checkbox', { name: 'Marketplace' }));
    await user.type(screen.getByLabelText('Employees (optional)'), '12');
    await user.click(within(screen.getByRole('group', { name: 'Do you export? (optional)' })).getByRole('radio', { name: 'No' }));
    await user.selectOptions(screen.getByLabelText('Country of registration (optional)'), 'India');
    await user.type(screen.getByLabelText('Website (optional)'), 'https://weaves.example.org');
    // A scale is five radio buttons, 1 to 5, under the question.
    const scale = screen.getByRole('group', { name: 'How confident are you? (optional)' });
    expect(within(scale).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
    await user.click(within(scale).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Send application' }));

    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        answers: {
          business: 'Himalayan Weaves',
          pitch: 'Pashmina sold online',
          stage: 'growth',
          channels: ['web', 'market'],
          staff: 12,
          exports: false,
          country: 'IN',
          site: 'https://weaves.example.org',
          confidence: 4,
        },
      },
    ]);
  });

  it('saves a draft with required answers missing, but does not send one', async () => {
    const fetchMock = mockFetch(() => jsonResponse(application({ answers: { business: 'Weaves' } })));
    renderForm();
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Business name'), 'Weaves');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Draft saved.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Send application' }));
    expect(await screen.findByLabelText('Your pitch')).toHaveAccessibleDescription(/This field is required/);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('checks numbers and web addresses before sending anything', async () => {
    const fetchMock = mockFetch(() => jsonResponse(application()));
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Employees (optional)'), 'twelve');
    await user.type(screen.getByLabelText('Website (optional)'), 'weaves dot org');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByLabelText('Employees (optional)')).toHaveAccessibleDescription(/Enter a number/);
    expect(screen.getByLabelText('Website (optional)')).toHaveAccessibleDescription(/Enter a web address/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s refusals next to their questions, and eligibility reasons above the form', async () => {
    let submitted = false;
    mockFetch(({ url }) => {
      if (url.endsWith('/submit')) {
        submitted = true;
        return problemResponse(422, {
          messageKey: 'enrolment.not-eligible',
          errors: [{ field: 'gender', messageKey: 'eligibility.gender', message: 'x' }],
        });
      }
      return submitted
        ? jsonResponse(application())
        : problemResponse(400, { messageKey: 'problem.validation', errors: [{ field: 'answers.staff', messageKey: 'application.invalid-answer', message: 'must be a number' }] });
    });
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Business name'), 'Weaves');
    await user.type(screen.getByLabelText('Your pitch'), 'Pitch');
    await user.click(screen.getByRole('button', { name: 'Send application' }));
    expect(await screen.findByLabelText('Employees (optional)')).toHaveAccessibleDescription(/This answer does not fit the question/);
    expect(screen.getByLabelText('Employees (optional)')).toHaveFocus();

    submitted = true;
    await user.click(screen.getByRole('button', { name: 'Send application' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot enrol in this activity.');
    expect(alert).toHaveTextContent('This activity is for participants of another gender.');
  });

  it('labels questions and choices in her language, in English where they are not translated', async () => {
    mockFetch(() => jsonResponse(application()));
    await i18n.changeLanguage('fr');
    try {
      renderForm();
      expect(await screen.findByLabelText('Nom de l’entreprise')).toBeInTheDocument();
      expect(screen.getByLabelText(/^Your pitch/)).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: 'Croissance' })).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
