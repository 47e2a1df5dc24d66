import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useInvalidateCourse } from './invalidate-course';

/** Only an empty module goes (409 course.module-not-empty otherwise). */
export const deleteModule = (moduleId: string) => api.delete(`/api/modules/${encodeURIComponent(moduleId)}`);

export function useDeleteModule(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: deleteModule, onSuccess: invalidate });
}
