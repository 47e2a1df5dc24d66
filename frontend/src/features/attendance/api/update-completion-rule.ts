import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { attendanceQueryKey } from './get-attendance-sheet';
import { completionRuleSchema, type CompletionRule } from './get-completion-rule';

true satisfies Sends<'CompletionRuleDto', CompletionRule>;

export const updateCompletionRule = ({ activityId, rule }: { activityId: string; rule: CompletionRule }) =>
  api.put(`/api/activities/${encodeURIComponent(activityId)}/completion-rule`, rule, completionRuleSchema);

/** The rule decides completions and risk flags, so everything about the activity's attendance is read again. */
export function useUpdateCompletionRule(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: CompletionRule) => updateCompletionRule({ activityId, rule }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...attendanceQueryKey, 'activity', activityId] }),
  });
}
