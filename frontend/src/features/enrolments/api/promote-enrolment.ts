import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { ENROLMENT_STATUSES } from './get-my-enrolments';
import { rosterQueryKey } from './get-roster';
import type { Sends } from '@/lib/api-contract';

/** Only what the roster needs back; the rest is re-read with the list. */
const promotedSchema = z.object({ id: z.string(), status: z.enum(ENROLMENT_STATUSES) });

/** Beyond capacity only with overCapacity and a reason, which the server records. */
export type PromoteInput = { enrolmentId: string; overCapacity?: true; reason?: string };
type PromoteBody = { overCapacity?: boolean; reason?: string };
true satisfies Sends<'ManagerEnrolmentRequest', PromoteBody>;

export const promoteEnrolment = ({ enrolmentId, ...body }: PromoteInput) =>
  api.post(`/api/enrolments/${encodeURIComponent(enrolmentId)}/promote`, body satisfies PromoteBody, promotedSchema);

export function usePromoteEnrolment(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: promoteEnrolment,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: rosterQueryKey(activityId) });
      // Seat counts on the activity change too.
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
    },
  });
}
