import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ActivitySurveys } from './activity-surveys';

const survey = {
  id: 's1',
  activityId: 'a1',
  templateId: 't1',
  kind: 'BASELINE',
  title: { en: 'Before the course' },
  monthsAfter: null,
  opensAt: '2027-01-01T00:00:00Z',
  closesAt: '2027-01-15T00:00:00Z',
  open: true,
  eligible: 40,
  responses: 12,
  responseRate: 0.3,
};
const templates = [
  { id: 't1', programmeId: 'p1', kind: 'BASELINE', title: { en: 'Before the course' }, questions: [], answered: true },
  { id: 't2', programmeId: 'p1', kind: 'FOLLOW_UP', title: { en: 'Six months on' }, questions: [], answered: false },
];

describe('ActivitySurveys', () => {
  it('shows each survey with its response rate and its base', async () => {
    mockFetch(({ url }) => (url.endsWith('/survey-templates') ? jsonResponse(templates) : jsonResponse([survey])));
    renderWithProviders(<ActivitySurveys activityId="a1" programmeId="p1" />);

    const card = await screen.findByRole('heading', { name: 'Before the course' });
    const item = card.closest('li')!;
    expect(within(item).getByText('12 of 40 answered (30%)')).toBeInTheDocument();
    expect(within(item).getByText('Baseline')).toBeInTheDocument();
    expect(within(item).getByText('Open')).toBeInTheDocument();
    // Trainers read; they neither ask nor close.
    expect(screen.queryByRole('button', { name: /Close now/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Ask a survey')).not.toBeInTheDocument();
  });

  it('lets a manager close a survey now and ask a follow-up some months after', async () => {
    const fetchMock = mockFetch(({ url, method, body }) => {
      if (url.endsWith('/survey-templates')) return jsonResponse(templates);
      if (method === 'PUT') return jsonResponse({ ...survey, open: false, ...(body as object) });
      if (method === 'POST') return jsonResponse({ ...survey, id: 's2', templateId: 't2', kind: 'FOLLOW_UP', title: { en: 'Six months on' }, monthsAfter: 6 }, { status: 201 });
      return jsonResponse([survey]);
    });
    renderWithProviders(<ActivitySurveys activityId="a1" programmeId="p1" canManage />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Close now: Before the course' }));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/surveys/s1/window');
    const window = JSON.parse(put[1]!.body as string);
    expect(window.opensAt).toBe('2027-01-01T00:00:00Z');
    expect(Date.parse(window.closesAt)).toBeLessThanOrEqual(Date.now());

    await user.click(screen.getByText('Ask a survey', { selector: 'summary' }));
    await user.selectOptions(screen.getByLabelText('Survey template'), 't2');
    await user.type(screen.getByLabelText("Months after the activity's end"), '6');
    await user.click(screen.getByRole('button', { name: 'Ask the survey' }));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/activities/a1/surveys');
    expect(JSON.parse(post[1]!.body as string)).toEqual({ templateId: 't2', monthsAfter: 6, opensAt: null, closesAt: null });
  });
});
