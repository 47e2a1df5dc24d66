import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateSessionInput } from './create-session';
import { getSessionsQueryOptions, sessionSchema, type Session } from './get-sessions';

/** Same body as adding a session. */
export const updateSession = ({ sessionId, input }: { sessionId: string; input: CreateSessionInput }) =>
  api.put(`/api/sessions/${encodeURIComponent(sessionId)}`, input, sessionSchema);

export function useUpdateSession(activityId: string, { onSuccess }: { onSuccess?: (session: Session) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSession,
    onSuccess: (session) => {
      void queryClient.invalidateQueries({ queryKey: getSessionsQueryOptions(activityId).queryKey });
      onSuccess?.(session);
    },
  });
}
