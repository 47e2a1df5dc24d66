import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshAfterEnrolmentChange } from './enrol';
import { enrolmentSchema, type Enrolment } from './get-my-enrolments';
import { rosterQueryKey } from './get-roster';

/** Her seat, if she had one, goes to the first person on the waitlist. */
export const withdraw = (enrolmentId: string) =>
  api.post(`/api/enrolments/${encodeURIComponent(enrolmentId)}/withdraw`, undefined, enrolmentSchema);

export function useWithdraw({ onSuccess }: { onSuccess?: (enrolment: Enrolment) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdraw,
    onSuccess: (enrolment) => {
      refreshAfterEnrolmentChange(queryClient, enrolment);
      onSuccess?.(enrolment);
    },
  });
}

/** A manager withdraws someone from the roster; her own list of enrolments is not concerned. */
export function useWithdrawFromRoster(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdraw,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: rosterQueryKey(activityId) });
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
    },
  });
}
