import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { LessonForm } from './lesson-form';

describe('LessonForm', () => {
  it('needs a title and a YouTube or Vimeo address before sending', async () => {
    const fetchMock = mockFetch(() => problemResponse(404, {}));
    const user = userEvent.setup();
    renderWithProviders(<LessonForm activityId="a1" moduleId="m1" onDone={vi.fn()} />);

    await user.type(screen.getByLabelText('Video address'), 'https://evil.example/video');
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));

    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(screen.getByText('Use an https address on YouTube or Vimeo.')).toBeInTheDocument();
    expect(screen.getByLabelText('Video address')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts the server’s field errors next to the field', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [{ field: 'videoUrl', message: 'must be an https address on YouTube or Vimeo' }],
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<LessonForm activityId="a1" moduleId="m1" onDone={vi.fn()} />);

    await user.type(screen.getByLabelText('Lesson title'), 'Pricing');
    await user.type(screen.getByLabelText('Video address'), 'https://youtu.be/dQw4w9WgXcQ');
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));

    expect(await screen.findByText('must be an https address on YouTube or Vimeo')).toBeInTheDocument();
  });

  it('previews the Markdown text', async () => {
    mockFetch(() => problemResponse(404, {}));
    const user = userEvent.setup();
    renderWithProviders(<LessonForm activityId="a1" moduleId="m1" onDone={vi.fn()} />);
    await user.type(screen.getByLabelText('Text'), 'Be **bold**');
    await user.click(screen.getByRole('button', { name: 'Show preview' }));
    expect(screen.getByText('bold').tagName).toBe('STRONG');
  });
});
