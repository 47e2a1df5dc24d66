import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { communitiesQueryKey } from './get-communities';

const postFields = {
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  /** Announcements have one; comments none. */
  title: z.nullish(z.string()),
  body: z.string(),
  createdAt: z.string(),
  /** Hidden posts reach moderators only. */
  hidden: z.boolean(),
  hiddenReason: z.nullish(z.string()),
};

/** A comment: the API nests no comment under a comment, so its list is always empty. */
export const commentSchema = z.object({ ...postFields, comments: z.array(z.unknown()) });
export const announcementSchema = z.object({ ...postFields, comments: z.array(commentSchema) });
export type Comment = z.infer<typeof commentSchema>;
export type Announcement = z.infer<typeof announcementSchema>;
export type Post = Comment | Announcement;
true satisfies Reads<'PostDto', z.output<typeof commentSchema>>;
true satisfies Reads<'PostDto', z.output<typeof announcementSchema>>;

export const postsPageSchema = z.object({ items: z.array(announcementSchema), page: z.number(), size: z.number(), total: z.number() });
export type PostsPage = z.infer<typeof postsPageSchema>;
true satisfies Reads<'PageDto_PostDto_', z.output<typeof postsPageSchema>>;

export const POSTS_PAGE_SIZE = 10;

export const postsQueryKey = (communityId: string) => [...communitiesQueryKey, communityId, 'posts'] as const;

/** Announcements newest first, with their comments. 403 community.members-only for others. */
export const getPosts = (communityId: string, page: number, signal?: AbortSignal) =>
  api.get(`/api/communities/${encodeURIComponent(communityId)}/posts`, postsPageSchema, { query: { page, size: POSTS_PAGE_SIZE }, signal });

export const getPostsQueryOptions = (communityId: string) =>
  infiniteQueryOptions({
    queryKey: postsQueryKey(communityId),
    queryFn: ({ pageParam, signal }) => getPosts(communityId, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last: PostsPage) => ((last.page + 1) * last.size < last.total ? last.page + 1 : undefined),
  });

/** Pages of announcements; "older announcements" fetches the next one. */
export const usePosts = (communityId: string, { enabled = true } = {}) => useInfiniteQuery({ ...getPostsQueryOptions(communityId), enabled });
