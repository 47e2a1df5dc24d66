import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { attendanceQueryKey } from './get-attendance-sheet';

/** Hands her back to the rule. */
export const clearCompletion = (enrolmentId: string) => api.delete(`/api/enrolments/${encodeURIComponent(enrolmentId)}/completion`);

export function useClearCompletion(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: clearCompletion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...attendanceQueryKey, 'activity', activityId] }),
  });
}
