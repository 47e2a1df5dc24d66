import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { applicationsQueryKey } from './get-applications';
import type { Reads } from '@/lib/api-contract';

export const screeningResultSchema = z.object({ checked: z.number(), screenedOut: z.number() });
export type ScreeningResult = z.infer<typeof screeningResultSchema>;
true satisfies Reads<'ScreeningResultDto', z.output<typeof screeningResultSchema>>;

/** Re-checks every sent application against the activity's current rules and form; nothing is deleted. */
export const screenApplications = (activityId: string) =>
  api.post(`/api/activities/${encodeURIComponent(activityId)}/applications/screen`, undefined, screeningResultSchema);

export function useScreenApplications(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => screenApplications(activityId),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: applicationsQueryKey(activityId) }),
  });
}
