import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Course, Lesson } from '../api/get-course';
import { CourseView } from './course-view';

const aLesson = (overrides: Partial<Lesson> = {}): Lesson => ({
  id: 'l1',
  moduleId: 'm1',
  position: 1,
  title: 'Pricing',
  body: 'Set a **fair** price.',
  videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
  required: true,
  doneAt: null,
  resources: [{ id: 'r1', lessonId: 'l1', fileName: 'prices.pdf', contentType: 'application/pdf', sizeBytes: 2048 }],
  ...overrides,
});

const aCourse = (lessons: Lesson[], done: number): Course => ({
  activityId: 'a1',
  modules: [{ id: 'm1', activityId: 'a1', position: 1, title: 'Selling online', lessons }],
  lessons: lessons.length,
  done,
  progress: lessons.length ? done / lessons.length : 0,
});

describe('CourseView', () => {
  it('shows her progress, the lesson with its video and file, and marks it done', async () => {
    const second = aLesson({ id: 'l2', position: 2, title: 'Shipping', required: false, videoUrl: null, resources: [], doneAt: '2026-01-01T00:00:00Z' });
    const fetchMock = mockFetch(({ method, url }) =>
      method === 'PUT' && url === '/api/lessons/l1/done'
        ? jsonResponse(aCourse([aLesson({ doneAt: '2026-01-02T00:00:00Z' }), second], 2))
        : jsonResponse({}, { status: 404 }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CourseView course={aCourse([aLesson(), second], 1)} />);

    expect(screen.getByText('Your progress: 50% (1 of 2 lessons done)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '0.5');
    expect(screen.getByTitle('Video: Pricing')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(screen.getByRole('button', { name: /Download prices\.pdf/ })).toBeInTheDocument();
    expect(screen.getByText('Required')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: /^Mark as done\s*: Pricing$/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /^Mark as done\s*: Shipping$/ })).toHaveAttribute('aria-pressed', 'true');

    await user.click(toggle);
    expect(fetchMock).toHaveBeenCalledWith('/api/lessons/l1/done', expect.objectContaining({ method: 'PUT' }));
  });

  it('takes the mark back from a lesson done', async () => {
    const fetchMock = mockFetch(() => jsonResponse(aCourse([aLesson()], 0)));
    const user = userEvent.setup();
    renderWithProviders(<CourseView course={aCourse([aLesson({ doneAt: '2026-01-02T00:00:00Z' })], 1)} />);
    expect(screen.getByText('Your progress: 100% (1 of 1 lessons done)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Mark as done\s*: Pricing$/ }));
    expect(fetchMock).toHaveBeenCalledWith('/api/lessons/l1/done', expect.objectContaining({ method: 'DELETE' }));
  });

  it('shows no progress nor marks to those who run the activity', () => {
    mockFetch(() => jsonResponse({}));
    renderWithProviders(<CourseView course={{ ...aCourse([aLesson()], 0), progress: null }} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: /Mark as done/ })).toBeNull();
  });
});
