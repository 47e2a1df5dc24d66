import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { requiredText } from '@/lib/validation';
import { commentSchema, postsQueryKey } from './get-posts';

export const announcementInputSchema = z.object({ title: requiredText(200), body: requiredText(5000) });
export type AnnouncementInput = z.output<typeof announcementInputSchema>;
true satisfies Sends<'PostRequest', AnnouncementInput>;

export const commentInputSchema = z.object({ body: requiredText(5000) });
export type CommentInput = z.output<typeof commentInputSchema>;
true satisfies Sends<'PostRequest', CommentInput>;

// Either answer is a post without comments.
export const createAnnouncement = (communityId: string, input: AnnouncementInput) =>
  api.post(`/api/communities/${encodeURIComponent(communityId)}/posts`, input, commentSchema);

/** A comment carries no title at all (the API refuses one). 409 community.not-announcement. */
export const createComment = (announcementId: string, input: CommentInput) =>
  api.post(`/api/posts/${encodeURIComponent(announcementId)}/comments`, input, commentSchema);

function useRefreshPosts(communityId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: postsQueryKey(communityId) });
}

/** Moderators only. */
export function useCreateAnnouncement(communityId: string) {
  const refresh = useRefreshPosts(communityId);
  return useMutation({ mutationFn: (input: AnnouncementInput) => createAnnouncement(communityId, input), onSuccess: refresh });
}

/** Active members. */
export function useCreateComment(communityId: string, announcementId: string) {
  const refresh = useRefreshPosts(communityId);
  return useMutation({ mutationFn: (input: CommentInput) => createComment(announcementId, input), onSuccess: refresh });
}
