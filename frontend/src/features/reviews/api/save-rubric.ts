import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { rubricQueryKey, rubricSchema, type Rubric } from './get-rubric';
import type { Sends } from '@/lib/api-contract';

true satisfies Sends<'RubricDto', Rubric>;

/** Replaces the criteria; refused (409 review.rubric-locked) once any review is scored. */
export const saveRubric = ({ activityId, rubric }: { activityId: string; rubric: Rubric }) =>
  api.put(`/api/activities/${encodeURIComponent(activityId)}/rubric`, rubric, rubricSchema);

export function useSaveRubric(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rubric: Rubric) => saveRubric({ activityId, rubric }),
    onSuccess: (saved) => queryClient.setQueryData(rubricQueryKey(activityId), saved),
  });
}
