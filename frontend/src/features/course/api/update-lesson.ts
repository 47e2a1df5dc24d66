import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { LessonInput } from './add-lesson';
import { lessonSchema } from './get-course';
import { useInvalidateCourse } from './invalidate-course';

/** Same body as adding a lesson. */
export const updateLesson = ({ lessonId, input }: { lessonId: string; input: LessonInput }) =>
  api.put(`/api/lessons/${encodeURIComponent(lessonId)}`, input, lessonSchema);

export function useUpdateLesson(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: updateLesson, onSuccess: invalidate });
}
