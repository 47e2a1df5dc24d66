import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { enrolmentSchema } from './get-my-enrolments';
import { rosterQueryKey } from './get-roster';

/** She goes to the end of the waitlist; her seat goes to the first person who was waiting. */
export const moveToWaitlist = (enrolmentId: string) =>
  api.post(`/api/enrolments/${encodeURIComponent(enrolmentId)}/waitlist`, undefined, enrolmentSchema);

export function useMoveToWaitlist(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveToWaitlist,
    onSettled: () => {
      // Refused or not, the list on screen may be out of date: re-read it and the seat counts.
      void queryClient.invalidateQueries({ queryKey: rosterQueryKey(activityId) });
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
    },
  });
}
