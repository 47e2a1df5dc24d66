import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activitiesQueryKey, activitySchema } from './get-activity';

export const closeActivity = (id: string) => api.post(`/api/activities/${encodeURIComponent(id)}/close`, undefined, activitySchema);

export function useCloseActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeActivity,
    onSuccess: (activity) => {
      queryClient.setQueryData([...activitiesQueryKey, 'detail', activity.id], activity);
      void queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
    },
  });
}
