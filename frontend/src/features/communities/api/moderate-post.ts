import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { requiredText } from '@/lib/validation';
import { abuseReportSchema } from './get-abuse-reports';
import { communitiesQueryKey } from './get-communities';
import { commentSchema } from './get-posts';

export const reasonInputSchema = z.object({ reason: requiredText(300) });
export type ReasonInput = z.output<typeof reasonInputSchema>;
true satisfies Sends<'ReasonRequest', ReasonInput>;

export const hidePost = (postId: string, input: ReasonInput) => api.post(`/api/posts/${encodeURIComponent(postId)}/hide`, input, commentSchema);

/** 409 community.already-reported when she reported it before. */
export const reportPost = (postId: string, input: ReasonInput) =>
  api.post(`/api/posts/${encodeURIComponent(postId)}/abuse-reports`, input, abuseReportSchema);

/** Moderators only; the posts and the open reports of the community show it hidden. */
export function useHidePost(communityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, reason }: { postId: string; reason: string }) => hidePost(postId, { reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...communitiesQueryKey, communityId] }),
  });
}

export function useReportPost(communityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, reason }: { postId: string; reason: string }) => reportPost(postId, { reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...communitiesQueryKey, communityId, 'abuse-reports'] }),
  });
}
