import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

/**
 * rule: gender, country, region, countryGroup, womenLed, womenOwned; or profile.<field> when her
 * profile lacks what a rule needs (profile.countryCode, profile.gender...).
 */
export const eligibilityReasonSchema = z.object({
  rule: z.string(),
  message: z.string(),
  messageKey: z.string(),
});
export type EligibilityReason = z.infer<typeof eligibilityReasonSchema>;

export const eligibilityCheckSchema = z.object({
  eligible: z.boolean(),
  reasons: z.array(eligibilityReasonSchema),
});
export type EligibilityCheck = z.infer<typeof eligibilityCheckSchema>;
true satisfies Reads<'EligibilityCheckDto', z.output<typeof eligibilityCheckSchema>>;
true satisfies Reads<'EligibilityCheckDto.Reason', z.output<typeof eligibilityReasonSchema>>;

/** For the signed-in person: may she enrol, and if not, every rule she does not meet. */
export const getEligibility = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/eligibility`, eligibilityCheckSchema, { signal });

export const getEligibilityQueryOptions = (activityId: string) =>
  queryOptions({
    // Under the activity's key: whatever refreshes the activity refreshes this too.
    queryKey: ['activities', 'detail', activityId, 'eligibility'],
    queryFn: ({ signal }) => getEligibility(activityId, signal),
    // Her profile may have just changed on another page.
    staleTime: 0,
  });

export const useEligibility = (activityId: string, { enabled }: { enabled: boolean }) =>
  useQuery({ ...getEligibilityQueryOptions(activityId), enabled });
