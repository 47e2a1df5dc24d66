import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { requiredText } from '@/lib/validation';
import { moduleSchema } from './get-course';
import { useInvalidateCourse } from './invalidate-course';

export const moduleInputSchema = z.object({
  title: requiredText(200),
  /** 1 first; absent: last. */
  position: z.optional(z.number()),
});
export type ModuleInput = z.output<typeof moduleInputSchema>;
true satisfies Sends<'ModuleRequest', ModuleInput>;

export const addModule = ({ activityId, input }: { activityId: string; input: ModuleInput }) =>
  api.post(`/api/activities/${encodeURIComponent(activityId)}/modules`, input, moduleSchema);

export function useAddModule(activityId: string) {
  const invalidate = useInvalidateCourse(activityId);
  return useMutation({ mutationFn: (input: ModuleInput) => addModule({ activityId, input }), onSuccess: invalidate });
}
