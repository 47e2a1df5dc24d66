import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activitiesQueryKey, activitySchema } from './get-activity';

export const publishActivity = (id: string) => api.post(`/api/activities/${encodeURIComponent(id)}/publish`, undefined, activitySchema);

export function usePublishActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishActivity,
    onSuccess: (activity) => {
      queryClient.setQueryData([...activitiesQueryKey, 'detail', activity.id], activity);
      void queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
    },
  });
}
