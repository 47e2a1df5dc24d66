import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationSchema, myApplicationQueryKey, type Application } from './get-my-application';

/** She takes her application back (409 application.not-active once decided); she may resume it later. */
export const withdrawApplication = (applicationId: string) =>
  api.post(`/api/applications/${encodeURIComponent(applicationId)}/withdraw`, undefined, applicationSchema);

export function useWithdrawApplication({ onSuccess }: { onSuccess?: (application: Application) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawApplication,
    onSuccess: (application) => {
      queryClient.setQueryData(myApplicationQueryKey(application.activityId), application);
      void queryClient.invalidateQueries({ queryKey: ['applications', 'mine', 'list'] });
      onSuccess?.(application);
    },
  });
}
