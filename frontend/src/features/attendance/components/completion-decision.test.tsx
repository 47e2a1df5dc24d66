import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Completion } from '../api/get-completions';
import { CompletionDecision } from './completion-decision';

const aCompletion = (overrides: Partial<Completion> = {}): Completion => ({
  enrolmentId: 'e1',
  userId: 'u1',
  displayName: 'Amina Diallo',
  attendanceRate: 0.5,
  completed: false,
  automatic: true,
  reason: null,
  decidedAt: null,
  certificateCode: null,
  ...overrides,
});

describe('CompletionDecision', () => {
  it('needs a reason before confirming a completion, then sends it', async () => {
    const fetchMock = mockFetch(({ method, url }) =>
      method === 'PUT' && url === '/api/enrolments/e1/completion'
        ? jsonResponse(aCompletion({ completed: true, automatic: false, reason: 'Made up the session' }))
        : problemResponse(404, {}),
    );
    const user = userEvent.setup();
    renderWithProviders(<CompletionDecision activityId="a1" completion={aCompletion()} />);

    await user.click(screen.getByRole('button', { name: /^Confirm completion\s*: Amina Diallo$/ }));
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Reason'), '  Made up the session ');
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));

    expect(await screen.findByRole('button', { name: /^Confirm completion\s*: Amina Diallo$/ })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/enrolments/e1/completion',
      expect.objectContaining({ method: 'PUT', body: JSON.stringify({ completed: true, reason: 'Made up the session' }) }),
    );
  });

  it('hands a decided completion back to the rule', async () => {
    const fetchMock = mockFetch(() => new Response(null, { status: 204 }));
    const user = userEvent.setup();
    renderWithProviders(<CompletionDecision activityId="a1" completion={aCompletion({ completed: true, automatic: false, reason: 'Ok' })} />);

    expect(screen.queryByRole('button', { name: /Confirm completion/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Back to the rule\s*: Amina Diallo$/ }));

    expect(fetchMock).toHaveBeenCalledWith('/api/enrolments/e1/completion', expect.objectContaining({ method: 'DELETE' }));
  });

  it('offers no way back to the rule while the rule decides', () => {
    mockFetch(() => problemResponse(404, {}));
    renderWithProviders(<CompletionDecision activityId="a1" completion={aCompletion({ completed: true })} />);
    expect(screen.getByRole('button', { name: /^Mark not completed\s*: Amina Diallo$/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Back to the rule/ })).toBeNull();
  });
});
