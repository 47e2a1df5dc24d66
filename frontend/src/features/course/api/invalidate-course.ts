import { useQueryClient } from '@tanstack/react-query';
import { courseQueryKey } from './get-course';

/** Every change to modules, lessons or files shows by reading the course again. */
export function useInvalidateCourse(activityId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: courseQueryKey(activityId) });
}
