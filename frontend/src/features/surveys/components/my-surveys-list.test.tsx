import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { formatInstant } from '@/lib/dates';
import { MySurveysList } from './my-surveys-list';

const hour = 3_600_000;
const aSurvey = (overrides: object = {}) => ({
  id: 's1',
  activityId: 'a1',
  activityTitle: 'Selling online',
  kind: 'BASELINE',
  title: { en: 'Before we start', fr: 'Avant de commencer', es: null },
  opensAt: new Date(Date.now() - hour).toISOString(),
  closesAt: '2027-01-10T12:00:00Z',
  open: true,
  answeredAt: null,
  ...overrides,
});

describe('MySurveysList', () => {
  it('lists her surveys with what to do and by when, each linking to its page', async () => {
    mockFetch(({ url }) => {
      expect(url).toBe('/api/me/surveys');
      return jsonResponse([
        aSurvey(),
        aSurvey({ id: 's2', kind: 'ENDLINE', title: { en: 'After the course' }, answeredAt: '2026-12-01T10:00:00Z' }),
        aSurvey({ id: 's3', kind: 'FEEDBACK', title: { en: 'Your feedback' }, open: false, answeredAt: '2026-11-01T10:00:00Z', closesAt: '2026-11-02T10:00:00Z' }),
      ]);
    });
    renderWithProviders(<MySurveysList />);
    const date = formatInstant('2027-01-10T12:00:00Z', 'en');

    const baseline = await screen.findByRole('listitem', { name: 'Before we start' });
    expect(baseline).toHaveTextContent('Selling online');
    expect(baseline).toHaveTextContent('Before the training');
    expect(baseline).toHaveTextContent(`Answer by ${date}`);
    expect(within(baseline).getByRole('link', { name: 'Answer: Before we start' })).toHaveAttribute('href', '/surveys/s1');

    const endline = screen.getByRole('listitem', { name: 'After the course' });
    expect(endline).toHaveTextContent('After the training');
    expect(endline).toHaveTextContent(`Answered — you can change your answers until ${date}`);
    expect(within(endline).getByRole('link', { name: 'Change your answers: After the course' })).toHaveAttribute('href', '/surveys/s2');

    const feedback = screen.getByRole('listitem', { name: 'Your feedback' });
    expect(feedback).toHaveTextContent('Feedback');
    expect(within(feedback).getByText('Answered')).toBeInTheDocument();
    expect(feedback).not.toHaveTextContent('change your answers');
  });

  it('says so when there is no survey', async () => {
    mockFetch(() => jsonResponse([]));
    renderWithProviders(<MySurveysList />);
    expect(await screen.findByText(/No surveys for you at the moment/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Surveys' })).toBeInTheDocument();
  });
});
