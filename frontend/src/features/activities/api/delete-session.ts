import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getSessionsQueryOptions, type Session } from './get-sessions';

export const deleteSession = (sessionId: string) => api.delete(`/api/sessions/${encodeURIComponent(sessionId)}`);

export function useDeleteSession(activityId: string) {
  const queryClient = useQueryClient();
  const queryKey = getSessionsQueryOptions(activityId).queryKey;
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: (_, sessionId) => {
      // Gone at once from the list, without waiting for the refetch.
      queryClient.setQueryData<Session[]>(queryKey, (sessions) => sessions?.filter((session) => session.id !== sessionId));
      void queryClient.invalidateQueries({ queryKey });
    },
  });
}
