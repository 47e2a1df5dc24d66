import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { reviewersQueryKey } from './get-reviewers';
import type { Reads, Sends } from '@/lib/api-contract';

export const reviewAssignmentResultSchema = z.object({ applications: z.number(), reviews: z.number() });
export type ReviewAssignmentResult = z.infer<typeof reviewAssignmentResultSchema>;
true satisfies Reads<'ReviewAssignmentResultDto', z.output<typeof reviewAssignmentResultSchema>>;

type ReviewAssignmentBody = { reviewsPerApplication: number };
true satisfies Sends<'ReviewAssignmentRequest', ReviewAssignmentBody>;

/** Gives every sent application without a reviewer to that many different reviewers, evenly. */
export const assignReviews = ({ activityId, reviewsPerApplication }: ReviewAssignmentBody & { activityId: string }) =>
  api.post(
    `/api/activities/${encodeURIComponent(activityId)}/review-assignments`,
    { reviewsPerApplication } satisfies ReviewAssignmentBody,
    reviewAssignmentResultSchema,
  );

export function useAssignReviews(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reviewsPerApplication: number) => assignReviews({ activityId, reviewsPerApplication }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reviewersQueryKey(activityId) });
      void queryClient.invalidateQueries({ queryKey: ['applications', 'activity', activityId] });
    },
  });
}
