import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '@/lib/dates';
import { countriesData, regionsData } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { SurveyRoute } from './survey';

const CLOSES = '2027-01-10T12:00:00Z';
const aSurvey = (overrides: object = {}) => ({
  id: 's1',
  activityId: 'a1',
  activityTitle: 'Selling online',
  kind: 'BASELINE',
  title: { en: 'Before we start', fr: null, es: null },
  questions: [
    { key: 'sales', type: 'NUMBER', label: { en: 'Online sales last month' }, required: true, options: null, unit: { en: 'USD' }, indicatorId: null },
    { key: 'confidence', type: 'SCALE', label: { en: 'How confident are you selling online?' }, required: false, options: null, unit: null, indicatorId: null },
    { key: 'exports', type: 'YES_NO', label: { en: 'Do you export?' }, required: false, options: null, unit: null, indicatorId: null },
  ],
  opensAt: '2026-01-01T00:00:00Z',
  closesAt: CLOSES,
  open: true,
  answers: {},
  answeredAt: null,
  ...overrides,
});

function renderPage(answer: (request: { url: string; method: string; body: unknown }) => Response | undefined) {
  const fetchMock = mockFetch((request) => {
    if (request.url === '/api/countries') return jsonResponse(countriesData);
    if (request.url === '/api/regions') return jsonResponse(regionsData);
    return answer(request) ?? jsonResponse(aSurvey());
  });
  renderWithProviders(
    <Routes>
      <Route path="/surveys/:id" element={<SurveyRoute />} />
    </Routes>,
    { route: '/surveys/s1' },
  );
  return fetchMock;
}

describe('SurveyRoute', () => {
  it('prefills her answers and sends a scale answer as a number', async () => {
    const bodies: unknown[] = [];
    renderPage(({ method, body }) => {
      if (method === 'PUT') {
        bodies.push(body);
        return jsonResponse(aSurvey({ answers: body && (body as { answers: object }).answers, answeredAt: '2026-12-01T10:00:00Z' }));
      }
      return jsonResponse(aSurvey({ answers: { sales: 120, exports: true }, answeredAt: '2026-11-30T10:00:00Z' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Before we start' })).toBeInTheDocument();
    expect(screen.getByText('Selling online')).toBeInTheDocument();
    const sales = screen.getByLabelText('Online sales last month');
    expect(sales).toHaveValue('120');
    // The unit is next to the input and read with it.
    expect(sales).toHaveAccessibleDescription(/USD/);
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    const scale = screen.getByRole('group', { name: 'How confident are you selling online? (optional)' });
    expect(within(scale).getAllByRole('radio')).toHaveLength(5);

    const user = userEvent.setup();
    await user.click(within(scale).getByRole('radio', { name: '3' }));
    await user.clear(sales);
    await user.type(sales, '150.5');
    await user.click(screen.getByRole('button', { name: 'Save my answers' }));

    expect(await screen.findByText(`Thank you — your answers are saved. You can change them until ${formatInstant(CLOSES, 'en')}.`)).toBeInTheDocument();
    expect(bodies).toEqual([{ answers: { sales: 150.5, confidence: 3, exports: true } }]);
  });

  it('asks for required answers before sending, and shows the server’s refusals next to their questions', async () => {
    const fetchMock = renderPage(({ method }) =>
      method === 'PUT'
        ? problemResponse(400, {
            messageKey: 'problem.validation',
            errors: [{ field: 'answers.sales', messageKey: 'application.invalid-answer', message: 'must be a number' }],
          })
        : undefined,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByLabelText('Online sales last month')).toHaveAccessibleDescription(/This field is required/);
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT')).toHaveLength(0);

    await user.type(screen.getByLabelText('Online sales last month'), '-5');
    await user.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.getByLabelText('Online sales last month')).toHaveAccessibleDescription(/This answer does not fit the question/);
  });

  it('shows her answers read-only once the survey is closed', async () => {
    renderPage(() => jsonResponse(aSurvey({ open: false, answers: { sales: 100, confidence: 4 }, answeredAt: '2026-11-30T10:00:00Z' })));
    expect(await screen.findByText('This survey is closed')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save my answers' })).not.toBeInTheDocument();
    expect(screen.getByText('100 USD')).toBeInTheDocument();
    expect(screen.getByText('4 / 5')).toBeInTheDocument();
  });

  it('explains when she holds no seat in the survey’s activity', async () => {
    renderPage(() => problemResponse(403, { messageKey: 'survey.no-seat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/you do not hold a place in it/);
    expect(screen.getByRole('link', { name: 'Back to My learning' })).toHaveAttribute('href', '/my-learning');
  });
});
