import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { applicationsQueryKey } from './get-applications';
import type { Reads, Sends } from '@/lib/api-contract';

export const DECISIONS = ['ACCEPT', 'WAITLIST', 'REJECT'] as const;
export type Decision = (typeof DECISIONS)[number];
/** The server takes at most this many at once. */
export const MAX_DECISIONS = 1000;

export const decisionResultSchema = z.object({ decided: z.number(), seatsLeft: z.number() });
export type DecisionResult = z.infer<typeof decisionResultSchema>;
true satisfies Reads<'DecisionResultDto', z.output<typeof decisionResultSchema>>;

type DecisionBody = { applicationIds: string[]; decision: Decision };
true satisfies Sends<'DecisionRequest', DecisionBody>;

/**
 * All or none, under the activity's lock: ACCEPT enrols (409 application.over-capacity when the
 * seats would not suffice), WAITLIST queues, REJECT ends any place. Each applicant is e-mailed.
 */
export const decideApplications = ({ activityId, ...body }: DecisionBody & { activityId: string }) =>
  api.post(`/api/activities/${encodeURIComponent(activityId)}/applications/decisions`, body satisfies DecisionBody, decisionResultSchema);

export function useDecideApplications(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) => decideApplications({ activityId, ...body }),
    onSettled: () => {
      // Refused or not, statuses and seats on screen may be out of date.
      void queryClient.invalidateQueries({ queryKey: applicationsQueryKey(activityId) });
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void queryClient.invalidateQueries({ queryKey: ['enrolments', 'roster', activityId] });
    },
  });
}
