import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Review } from '../api/get-my-reviews';
import { ReviewForm } from './review-form';

const review = (overrides: Partial<Review> = {}): Review => ({
  id: 'r1',
  activityId: 'a1',
  activityTitle: 'Accelerator',
  questions: [],
  answers: {},
  criteria: [
    { key: 'fit', label: { en: 'Fit with the programme', fr: null, es: null }, weight: 60, scale: 5 },
    { key: 'impact', label: { en: 'Impact', fr: null, es: null }, weight: 40, scale: 3 },
  ],
  scores: null,
  score: null,
  comment: null,
  submittedAt: null,
  ...overrides,
});

describe('ReviewForm', () => {
  it('asks for a score on every criterion, one radio per point of its scale, then saves them as numbers', async () => {
    const bodies: unknown[] = [];
    mockFetch(({ body }) => {
      bodies.push(body);
      return jsonResponse(review({ scores: { fit: 4, impact: 3 }, score: 87.5, comment: 'Strong', submittedAt: '2027-01-02T10:00:00Z' }));
    });
    renderWithProviders(<ReviewForm review={review()} />);
    const user = userEvent.setup();
    const fit = screen.getByRole('group', { name: 'Fit with the programme' });
    expect(within(fit).getAllByRole('radio')).toHaveLength(5);
    expect(within(screen.getByRole('group', { name: 'Impact' })).getAllByRole('radio')).toHaveLength(3);

    await user.click(within(fit).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Save the scores' }));
    expect(await screen.findByRole('group', { name: 'Impact' })).toHaveAccessibleDescription(/This field is required/);
    expect(bodies).toHaveLength(0);

    await user.click(within(screen.getByRole('group', { name: 'Impact' })).getByRole('radio', { name: '3' }));
    await user.type(screen.getByLabelText('Comment (optional)'), 'Strong');
    await user.click(screen.getByRole('button', { name: 'Save the scores' }));
    expect(await screen.findByText('Scores saved: 88/100.')).toBeInTheDocument();
    expect(bodies).toEqual([{ scores: { fit: 4, impact: 3 }, comment: 'Strong' }]);
  });

  it('says when the application has been decided and its scores can no longer change', async () => {
    mockFetch(() => problemResponse(409, { messageKey: 'review.closed' }));
    renderWithProviders(<ReviewForm review={review({ scores: { fit: 2, impact: 1 }, score: 12.5 })} />);
    const user = userEvent.setup();
    expect(within(screen.getByRole('group', { name: 'Fit with the programme' })).getByRole('radio', { name: '2' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save the scores' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This application has been decided: its scores can no longer change.');
  });
});
