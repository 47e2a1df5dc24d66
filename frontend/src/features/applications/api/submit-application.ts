import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import { applicationSchema, myApplicationQueryKey } from './get-my-application';

/** Sends her saved answers: every required one must be there, and she must be eligible (422 otherwise). */
export const submitApplication = (activityId: string) =>
  api.post(`/api/activities/${encodeURIComponent(activityId)}/application/submit`, undefined, applicationSchema);

export function useSubmitApplication(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitApplication(activityId),
    onSuccess: (application) => {
      queryClient.setQueryData(myApplicationQueryKey(activityId), application);
      void queryClient.invalidateQueries({ queryKey: ['applications', 'mine', 'list'] });
    },
    onError: (error) => {
      // Sent from another tab, or closed meanwhile: what is on screen is out of date.
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: myApplicationQueryKey(activityId) });
    },
  });
}
