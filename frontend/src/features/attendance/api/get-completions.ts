import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { attendanceQueryKey } from './get-attendance-sheet';

export const completionSchema = z.object({
  enrolmentId: z.string(),
  userId: z.string(),
  displayName: z.string(),
  attendanceRate: z.nullish(z.number()),
  completed: z.boolean(),
  /** false when a trainer or manager decided instead of the rule. */
  automatic: z.boolean(),
  reason: z.nullish(z.string()),
  decidedAt: z.nullish(z.string()),
  certificateCode: z.nullish(z.string()),
});
export type Completion = z.infer<typeof completionSchema>;
true satisfies Reads<'CompletionDto', z.output<typeof completionSchema>>;

export const getCompletions = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/completions`, z.array(completionSchema), { signal });

export const getCompletionsQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: [...attendanceQueryKey, 'activity', activityId, 'completions'],
    queryFn: ({ signal }) => getCompletions(activityId, signal),
  });

export const useCompletions = (activityId: string) => useQuery(getCompletionsQueryOptions(activityId));
