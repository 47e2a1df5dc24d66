import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

/** A reviewer of the activity and how far she is: reviews given to her, and those she scored. */
export const reviewerSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  assigned: z.number(),
  completed: z.number(),
});
export type Reviewer = z.infer<typeof reviewerSchema>;
true satisfies Reads<'ReviewerProgressDto', z.output<typeof reviewerSchema>>;

export const getReviewers = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/reviewers`, z.array(reviewerSchema), { signal });

export const reviewersQueryKey = (activityId: string) => ['reviews', 'reviewers', activityId] as const;

export const useReviewers = (activityId: string) =>
  useQuery(queryOptions({ queryKey: reviewersQueryKey(activityId), queryFn: ({ signal }) => getReviewers(activityId, signal) }));
