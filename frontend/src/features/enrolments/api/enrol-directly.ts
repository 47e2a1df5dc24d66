import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { emailField } from '@/lib/validation';
import { enrolmentSchema, type Enrolment } from './get-my-enrolments';
import { rosterQueryKey } from './get-roster';
import type { Sends } from '@/lib/api-contract';

/** The manager names her by the e-mail of her account; over capacity needs a reason, which is recorded. */
export const enrolDirectlyInputSchema = z.pipe(
  z
    .object({
      email: emailField(),
      overCapacity: z.boolean(),
      reason: z.string().check(z.trim(), z.maxLength(500, { error: 'validation.size' })),
    })
    .check(z.refine((value) => !value.overCapacity || value.reason !== '', { error: 'validation.required', path: ['reason'] })),
  z.transform(({ email, overCapacity, reason }) => (overCapacity ? { email, overCapacity: true, reason } : { email })),
);
export type EnrolDirectlyValues = z.input<typeof enrolDirectlyInputSchema>;
export type EnrolDirectlyRequest = z.output<typeof enrolDirectlyInputSchema>;
true satisfies Sends<'ManagerEnrolmentRequest', EnrolDirectlyRequest>;

/** ENROLLED while seats remain (or over capacity), else WAITLISTED with her position. */
export const enrolDirectly = ({ activityId, request }: { activityId: string; request: EnrolDirectlyRequest }) =>
  api.post(`/api/activities/${encodeURIComponent(activityId)}/enrolments/direct`, request, enrolmentSchema);

export function useEnrolDirectly(activityId: string, { onSuccess }: { onSuccess?: (enrolment: Enrolment) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EnrolDirectlyRequest) => enrolDirectly({ activityId, request }),
    onSuccess: (enrolment) => {
      void queryClient.invalidateQueries({ queryKey: rosterQueryKey(activityId) });
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      onSuccess?.(enrolment);
    },
  });
}
