import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseQueryKey, courseSchema } from './get-course';

/** Idempotent; answers her whole course with the new progress. */
export const markLessonDone = (lessonId: string) => api.put(`/api/lessons/${encodeURIComponent(lessonId)}/done`, undefined, courseSchema);

export function useMarkLessonDone(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markLessonDone,
    onSuccess: (course) => queryClient.setQueryData(courseQueryKey(activityId), course),
  });
}
