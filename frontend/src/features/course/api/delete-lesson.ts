import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useInvalidateCourse } from './invalidate-course';

/** A lesson with files stays (409 course.lesson-has-files): its files go first. */
export const deleteLesson = (lessonId: string) => api.delete(`/api/lessons/${encodeURIComponent(lessonId)}`);

export function useDeleteLesson(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: deleteLesson, onSuccess: invalidate });
}
