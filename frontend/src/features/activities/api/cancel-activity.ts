import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activitiesQueryKey, activitySchema } from './get-activity';

export const cancelActivity = (id: string) => api.post(`/api/activities/${encodeURIComponent(id)}/cancel`, undefined, activitySchema);

export function useCancelActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelActivity,
    onSuccess: (activity) => {
      queryClient.setQueryData([...activitiesQueryKey, 'detail', activity.id], activity);
      void queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
    },
  });
}
