import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Question } from '../api/get-application-form';
import { FormBuilder } from './form-builder';

const existing: Question[] = [
  { key: 'business', type: 'SHORT_TEXT', label: { en: 'Business name', fr: null, es: null }, required: true, identifying: true, options: null },
  { key: 'pitch', type: 'LONG_TEXT', label: { en: 'Pitch', fr: 'Argumentaire', es: null }, required: true, identifying: false, options: null },
];

describe('FormBuilder', () => {
  it('adds a choice question with its options, reorders and removes questions, and saves the whole form', async () => {
    const bodies: { questions: Question[] }[] = [];
    mockFetch(({ body }) => {
      bodies.push(body as { questions: Question[] });
      return jsonResponse(body);
    });
    renderWithProviders(<FormBuilder activityId="a1" questions={existing} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    const third = screen.getByRole('group', { name: 'Question 3' });
    await user.type(within(third).getByLabelText('Question in English'), 'Stage of the business');
    await user.selectOptions(within(third).getByLabelText('Type of answer'), 'One choice');
    await user.click(within(third).getByRole('button', { name: 'Add a choice' }));
    await user.type(within(third).getByLabelText('Question in English', { selector: '[name="questions.2.options.0.label.en"]' }), 'Idea');

    // One choice is not enough.
    await user.click(screen.getByRole('button', { name: 'Save the form' }));
    expect(await within(third).findByText('Give at least two choices.')).toBeInTheDocument();
    expect(bodies).toHaveLength(0);

    await user.click(within(third).getByRole('button', { name: 'Add a choice' }));
    await user.type(within(third).getByLabelText('Question in English', { selector: '[name="questions.2.options.1.label.en"]' }), 'Growth');
    await user.click(within(third).getByRole('button', { name: 'Move question 3 up' }));
    await user.click(within(screen.getByRole('group', { name: 'Question 1' })).getByRole('button', { name: 'Remove question 1' }));
    await user.click(screen.getByRole('button', { name: 'Save the form' }));

    expect(await screen.findByText('The application form is saved.')).toBeInTheDocument();
    expect(bodies[0].questions.map((question) => question.key)).toEqual(['q3', 'pitch']);
    expect(bodies[0].questions[0]).toEqual({
      key: 'q3',
      type: 'SINGLE_CHOICE',
      label: { en: 'Stage of the business', fr: null, es: null },
      required: true,
      identifying: false,
      options: [
        { value: 'option1', label: { en: 'Idea', fr: null, es: null } },
        { value: 'option2', label: { en: 'Growth', fr: null, es: null } },
      ],
    });
    expect(bodies[0].questions[1]).toMatchObject({ label: { en: 'Pitch', fr: 'Argumentaire', es: null }, options: null });
  });

  it('offers a 1 to 5 scale as a type of answer, without choices to write', async () => {
    const bodies: { questions: Question[] }[] = [];
    mockFetch(({ body }) => {
      bodies.push(body as { questions: Question[] });
      return jsonResponse(body);
    });
    renderWithProviders(<FormBuilder activityId="a1" questions={existing} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    const third = screen.getByRole('group', { name: 'Question 3' });
    await user.type(within(third).getByLabelText('Question in English'), 'How confident are you?');
    await user.selectOptions(within(third).getByLabelText('Type of answer'), 'Scale 1–5');
    expect(within(third).queryByRole('button', { name: 'Add a choice' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the form' }));
    expect(await screen.findByText('The application form is saved.')).toBeInTheDocument();
    expect(bodies[0].questions[2]).toMatchObject({ key: 'q3', type: 'SCALE', options: null });
  });

  it('refuses two questions with the same short name, and shows the server’s refusal at the question it names', async () => {
    mockFetch(() =>
      problemResponse(409, { messageKey: 'application.form-locked' }),
    );
    renderWithProviders(<FormBuilder activityId="a1" questions={existing} />);
    const user = userEvent.setup();
    const second = screen.getByRole('group', { name: 'Question 2' });
    await user.clear(within(second).getByLabelText('Short name'));
    await user.type(within(second).getByLabelText('Short name'), 'business');
    await user.click(screen.getByRole('button', { name: 'Save the form' }));
    expect(await within(second).findByText('Another item already has this short name.')).toBeInTheDocument();

    await user.clear(within(second).getByLabelText('Short name'));
    await user.type(within(second).getByLabelText('Short name'), 'pitch');
    await user.click(screen.getByRole('button', { name: 'Save the form' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The form can no longer change: someone has already sent an application.');
  });
});
