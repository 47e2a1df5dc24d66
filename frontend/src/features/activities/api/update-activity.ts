import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateActivityRequest } from './create-activity';
import { activitiesQueryKey, activitySchema, type Activity } from './get-activity';

/**
 * Replaces the activity's details with the same body as creating it; its programme stays. Raising
 * the capacity seats people from the waitlist, so the roster changes too.
 */
export const updateActivity = ({ id, request }: { id: string; request: CreateActivityRequest }) =>
  api.put(`/api/activities/${encodeURIComponent(id)}`, request, activitySchema);

export function useUpdateActivity(id: string, { onSuccess }: { onSuccess?: (activity: Activity) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateActivityRequest) => updateActivity({ id, request }),
    onSuccess: (activity) => {
      queryClient.setQueryData([...activitiesQueryKey, 'detail', activity.id], activity);
      void queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
      void queryClient.invalidateQueries({ queryKey: ['enrolments', 'roster', activity.id] });
      onSuccess?.(activity);
    },
  });
}
