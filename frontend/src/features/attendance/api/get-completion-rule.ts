import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { attendanceQueryKey } from './get-attendance-sheet';

export const completionRuleSchema = z.object({
  /** 0..1 */
  minAttendanceRate: z.number(),
  /** One of the activity's surveys that must be answered, if any. */
  requiredSurveyId: z.nullish(z.string()),
});
export type CompletionRule = z.infer<typeof completionRuleSchema>;
true satisfies Reads<'CompletionRuleDto', z.output<typeof completionRuleSchema>>;

export const getCompletionRule = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/completion-rule`, completionRuleSchema, { signal });

export const getCompletionRuleQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: [...attendanceQueryKey, 'activity', activityId, 'completion-rule'],
    queryFn: ({ signal }) => getCompletionRule(activityId, signal),
  });

export const useCompletionRule = (activityId: string) => useQuery(getCompletionRuleQueryOptions(activityId));
