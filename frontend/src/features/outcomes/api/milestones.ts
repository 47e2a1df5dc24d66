import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema, type LocalizedText } from '@/lib/localized';
import type { Reads, Sends } from '@/lib/api-contract';

export const milestoneSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  position: z.number(),
});
export type Milestone = z.infer<typeof milestoneSchema>;
true satisfies Reads<'MilestoneDto', z.output<typeof milestoneSchema>>;

export type MilestoneInput = { code: string; name: LocalizedText; position?: number | null };
true satisfies Sends<'MilestoneRequest', MilestoneInput>;

export const milestonesQueryKey = (programmeId: string) => ['outcomes', 'milestones', programmeId] as const;

export const getMilestones = (programmeId: string, signal?: AbortSignal) =>
  api.get(`/api/programmes/${encodeURIComponent(programmeId)}/milestones`, z.array(milestoneSchema), { signal });

export const useMilestones = (programmeId: string) =>
  useQuery(queryOptions({ queryKey: milestonesQueryKey(programmeId), queryFn: ({ signal }) => getMilestones(programmeId, signal) }));

export function useSaveMilestone(programmeId: string, milestoneId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MilestoneInput) =>
      milestoneId
        ? api.put(`/api/milestones/${encodeURIComponent(milestoneId)}`, input, milestoneSchema)
        : api.post(`/api/programmes/${encodeURIComponent(programmeId)}/milestones`, input, milestoneSchema),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: milestonesQueryKey(programmeId) }),
  });
}

/** 409 outcome.milestone-in-use while an indicator counts it or a record names it. */
export function useDeleteMilestone(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/milestones/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: milestonesQueryKey(programmeId) }),
  });
}
