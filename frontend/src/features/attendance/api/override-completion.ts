import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { attendanceQueryKey } from './get-attendance-sheet';
import { completionSchema } from './get-completions';

/** A decision instead of the rule always says why. */
export const completionOverrideInputSchema = z.object({
  completed: z.boolean(),
  reason: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' }), z.maxLength(500, { error: 'validation.size' })),
});
export type CompletionOverrideInput = z.output<typeof completionOverrideInputSchema>;
true satisfies Sends<'CompletionOverrideRequest', CompletionOverrideInput>;

export const overrideCompletion = ({ enrolmentId, input }: { enrolmentId: string; input: CompletionOverrideInput }) =>
  api.put(`/api/enrolments/${encodeURIComponent(enrolmentId)}/completion`, input, completionSchema);

export function useOverrideCompletion(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: overrideCompletion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...attendanceQueryKey, 'activity', activityId] }),
  });
}
