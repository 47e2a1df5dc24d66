import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useInvalidateCourse } from './invalidate-course';

export const deleteResource = (resourceId: string) => api.delete(`/api/resources/${encodeURIComponent(resourceId)}`);

export function useDeleteResource(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: deleteResource, onSuccess: invalidate });
}
