import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { reviewersQueryKey, reviewerSchema } from './get-reviewers';
import type { Sends } from '@/lib/api-contract';

type AssignReviewersBody = { userIds: string[] };
true satisfies Sends<'AssignReviewersRequest', AssignReviewersBody>;

/** Replaces the reviewers (TRAINER or MANAGER accounts); reviews already given stay with whoever has them. */
export const assignReviewers = ({ activityId, userIds }: { activityId: string; userIds: string[] }) =>
  api.put(`/api/activities/${encodeURIComponent(activityId)}/reviewers`, { userIds } satisfies AssignReviewersBody, z.array(reviewerSchema));

export function useAssignReviewers(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) => assignReviewers({ activityId, userIds }),
    onSuccess: (reviewers) => queryClient.setQueryData(reviewersQueryKey(activityId), reviewers),
  });
}
