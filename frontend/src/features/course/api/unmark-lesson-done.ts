import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { courseQueryKey, courseSchema } from './get-course';

/** Takes her mark back; answers her whole course with the new progress. */
export const unmarkLessonDone = (lessonId: string) =>
  apiRequest(`/api/lessons/${encodeURIComponent(lessonId)}/done`, { method: 'DELETE' }, courseSchema);

export function useUnmarkLessonDone(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unmarkLessonDone,
    onSuccess: (course) => queryClient.setQueryData(courseQueryKey(activityId), course),
  });
}
