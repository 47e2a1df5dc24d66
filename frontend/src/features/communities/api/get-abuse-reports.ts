import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { communitiesQueryKey } from './get-communities';

export const abuseReportSchema = z.object({
  id: z.string(),
  postId: z.string(),
  postAuthorName: z.string(),
  postExcerpt: z.string(),
  postHidden: z.boolean(),
  reporterName: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});
export type AbuseReport = z.infer<typeof abuseReportSchema>;
true satisfies Reads<'AbuseReportDto', z.output<typeof abuseReportSchema>>;

const abuseReportsQueryKey = (communityId: string) => [...communitiesQueryKey, communityId, 'abuse-reports'] as const;

/** The reports nobody resolved yet, oldest first. Moderators only. */
export const getAbuseReports = (communityId: string, signal?: AbortSignal) =>
  api.get(`/api/communities/${encodeURIComponent(communityId)}/abuse-reports`, z.array(abuseReportSchema), { signal });

export const getAbuseReportsQueryOptions = (communityId: string) =>
  queryOptions({ queryKey: abuseReportsQueryKey(communityId), queryFn: ({ signal }) => getAbuseReports(communityId, signal) });

export const useAbuseReports = (communityId: string, { enabled = true } = {}) => useQuery({ ...getAbuseReportsQueryOptions(communityId), enabled });

export const resolveAbuseReport = (reportId: string) => api.post(`/api/abuse-reports/${encodeURIComponent(reportId)}/resolve`, undefined, abuseReportSchema);

export function useResolveAbuseReport(communityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveAbuseReport,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: abuseReportsQueryKey(communityId) }),
  });
}
