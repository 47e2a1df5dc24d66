import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const resourceSchema = z.object({
  id: z.string(),
  lessonId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
});
export type Resource = z.infer<typeof resourceSchema>;
true satisfies Reads<'ResourceDto', z.output<typeof resourceSchema>>;

export const lessonSchema = z.object({
  id: z.string(),
  moduleId: z.string(),
  position: z.number(),
  title: z.string(),
  /** Markdown, rendered without raw HTML. */
  body: z.nullish(z.string()),
  /** An https address on YouTube or Vimeo. */
  videoUrl: z.nullish(z.string()),
  required: z.boolean(),
  /** When she marked it done; null for trainers and managers. */
  doneAt: z.nullish(z.string()),
  resources: z.array(resourceSchema),
});
export type Lesson = z.infer<typeof lessonSchema>;
true satisfies Reads<'LessonDto', z.output<typeof lessonSchema>>;

export const moduleSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  position: z.number(),
  title: z.string(),
  lessons: z.array(lessonSchema),
});
export type CourseModule = z.infer<typeof moduleSchema>;
true satisfies Reads<'ModuleDto', z.output<typeof moduleSchema>>;

export const courseSchema = z.object({
  activityId: z.string(),
  modules: z.array(moduleSchema),
  lessons: z.number(),
  done: z.number(),
  /** 0..1 for someone holding a seat; null for those who run the activity. */
  progress: z.nullish(z.number()),
});
export type Course = z.infer<typeof courseSchema>;
true satisfies Reads<'CourseDto', z.output<typeof courseSchema>>;

export const courseQueryKey = (activityId: string) => ['course', activityId] as const;

export const getCourse = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/course`, courseSchema, { signal });

export const getCourseQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: courseQueryKey(activityId),
    queryFn: ({ signal }) => getCourse(activityId, signal),
    // 403 says she holds no seat: asking again changes nothing.
    retry: false,
  });

export const useCourse = (activityId: string, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...getCourseQueryOptions(activityId), enabled });
