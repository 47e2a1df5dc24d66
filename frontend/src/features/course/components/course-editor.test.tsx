import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Course, Lesson } from '../api/get-course';
import { CourseEditor } from './course-editor';

const aLesson = (overrides: Partial<Lesson>): Lesson => ({
  id: 'l1',
  moduleId: 'm1',
  position: 1,
  title: 'Definitions',
  body: null,
  videoUrl: null,
  required: false,
  doneAt: null,
  resources: [],
  ...overrides,
});

const aCourse = (): Course => ({
  activityId: 'a1',
  lessons: 3,
  done: 0,
  progress: null,
  modules: [
    {
      id: 'm1',
      activityId: 'a1',
      position: 1,
      title: 'Basics',
      lessons: [
        aLesson({ id: 'l1', position: 1, title: 'Definitions', body: 'What **e-commerce** means', videoUrl: 'https://youtu.be/dQw4w9WgXcQ', required: true }),
        aLesson({ id: 'l2', position: 2, title: 'Payments' }),
      ],
    },
    { id: 'm2', activityId: 'a1', position: 2, title: 'Logistics', lessons: [aLesson({ id: 'l3', moduleId: 'm2', title: 'Shipping' })] },
  ],
});

function server() {
  return mockFetch(({ method, url, body }) => {
    if (method === 'GET' && url === '/api/activities/a1/course') return jsonResponse(aCourse());
    if (method === 'PUT' && url === '/api/lessons/l1') return jsonResponse({ ...aLesson({ id: 'l1' }), ...(body as object) });
    if (method === 'PUT' && url === '/api/modules/m1') return jsonResponse({ ...aCourse().modules[0], ...(body as object) });
    return problemResponse(404, {});
  });
}

const courseReads = (fetchMock: ReturnType<typeof server>) =>
  fetchMock.mock.calls.filter(([url, init]) => url === '/api/activities/a1/course' && (init?.method ?? 'GET') === 'GET').length;

describe('CourseEditor', () => {
  it('moves a lesson down, sending its other fields unchanged, then reads the course again', async () => {
    const fetchMock = server();
    const user = userEvent.setup();
    renderWithProviders(<CourseEditor activityId="a1" />);

    const basics = await screen.findByRole('region', { name: '1. Basics' });
    // At the ends there is nowhere to go.
    expect(within(basics).getByRole('button', { name: /^Move up\s*: Definitions$/ })).toBeDisabled();
    expect(within(basics).getByRole('button', { name: /^Move down\s*: Payments$/ })).toBeDisabled();
    expect(within(basics).getByRole('button', { name: /^Move up\s*: Payments$/ })).toBeEnabled();
    expect(courseReads(fetchMock)).toBe(1);

    await user.click(within(basics).getByRole('button', { name: /^Move down\s*: Definitions$/ }));

    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/lessons/l1',
        expect.objectContaining({
          method: 'PUT',
          body: JSON.stringify({
            title: 'Definitions',
            body: 'What **e-commerce** means',
            videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
            required: true,
            position: 2,
          }),
        }),
      ),
    );
    await waitFor(() => expect(courseReads(fetchMock)).toBe(2));
  });

  it('moves a module down with its title unchanged; the first cannot move up, the last not down', async () => {
    const fetchMock = server();
    const user = userEvent.setup();
    renderWithProviders(<CourseEditor activityId="a1" />);

    const basics = await screen.findByRole('region', { name: '1. Basics' });
    expect(within(basics).getByRole('button', { name: /^Move up\s*: Basics$/ })).toBeDisabled();
    const logistics = screen.getByRole('region', { name: '2. Logistics' });
    expect(within(logistics).getByRole('button', { name: /^Move down\s*: Logistics$/ })).toBeDisabled();
    // A module's only lesson has nowhere to go.
    expect(within(logistics).getByRole('button', { name: /^Move up\s*: Shipping$/ })).toBeDisabled();
    expect(within(logistics).getByRole('button', { name: /^Move down\s*: Shipping$/ })).toBeDisabled();

    await user.click(within(basics).getByRole('button', { name: /^Move down\s*: Basics$/ }));

    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/modules/m1',
        expect.objectContaining({ method: 'PUT', body: JSON.stringify({ title: 'Basics', position: 2 }) }),
      ),
    );
    await waitFor(() => expect(courseReads(fetchMock)).toBe(2));
  });

  it('shows why the server refused a move', async () => {
    mockFetch(({ method, url }) =>
      method === 'GET' && url === '/api/activities/a1/course' ? jsonResponse(aCourse()) : problemResponse(403, { messageKey: 'problem.forbidden' }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CourseEditor activityId="a1" />);

    await user.click(await screen.findByRole('button', { name: /^Move down\s*: Definitions$/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
  });
});
