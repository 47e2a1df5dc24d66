import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads, Sends } from '@/lib/api-contract';

export const RECORD_STATUSES = ['REPORTED', 'VALIDATED', 'REJECTED'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const milestoneRecordSchema = z.object({
  id: z.string(),
  milestoneId: z.string(),
  activityId: z.string(),
  userId: z.string(),
  displayName: z.string(),
  achievedOn: z.string(),
  evidence: z.nullish(z.string()),
  status: z.enum(RECORD_STATUSES),
  selfReported: z.boolean(),
  decidedAt: z.nullish(z.string()),
});
export type MilestoneRecord = z.infer<typeof milestoneRecordSchema>;
true satisfies Reads<'MilestoneRecordDto', z.output<typeof milestoneRecordSchema>>;

export type MilestoneRecordInput = { milestoneId: string; userId: string | null; achievedOn: string; evidence: string | null };
true satisfies Sends<'MilestoneRecordRequest', MilestoneRecordInput>;

const recordsQueryKey = (activityId: string) => ['outcomes', 'milestone-records', activityId] as const;

export const getMilestoneRecords = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/milestone-records`, z.array(milestoneRecordSchema), { signal });

export const useMilestoneRecords = (activityId: string) =>
  useQuery(queryOptions({ queryKey: recordsQueryKey(activityId), queryFn: ({ signal }) => getMilestoneRecords(activityId, signal) }));

function useInvalidate() {
  const queryClient = useQueryClient();
  // Records feed the milestone indicators' figures.
  return () => void queryClient.invalidateQueries({ queryKey: ['outcomes'] });
}

export function useRecordMilestone(activityId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: MilestoneRecordInput) =>
      api.post(`/api/activities/${encodeURIComponent(activityId)}/milestone-records`, input, milestoneRecordSchema),
    onSuccess: invalidate,
  });
}

/** What an SME sends about herself: no userId, so the record is hers and waits for her coach (REPORTED). */
export type MyMilestoneInput = { milestoneId: string; achievedOn: string; evidence: string | null };
true satisfies Sends<'MilestoneRecordRequest', MyMilestoneInput>;

/** 400 outcome.future-date on achievedOn; 409 outcome.milestone-recorded, outcome.not-accelerator. */
export function useReportMyMilestone(activityId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: MyMilestoneInput) =>
      api.post(`/api/activities/${encodeURIComponent(activityId)}/milestone-records`, input, milestoneRecordSchema),
    onSuccess: invalidate,
  });
}

export type Decision = 'VALIDATED' | 'REJECTED';
true satisfies Sends<'MilestoneDecisionRequest', { status: Decision }>;

export function useDecideMilestoneRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: Decision }) =>
      api.put(`/api/milestone-records/${encodeURIComponent(id)}/decision`, { status }, milestoneRecordSchema),
    onSuccess: invalidate,
  });
}

export function useDeleteMilestoneRecord() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api.delete(`/api/milestone-records/${encodeURIComponent(id)}`), onSuccess: invalidate });
}
