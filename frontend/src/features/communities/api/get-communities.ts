import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const JOIN_POLICIES = ['OPEN', 'APPROVAL'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];
export const MEMBER_STATUSES = ['INVITED', 'PENDING', 'ACTIVE', 'LEFT', 'REMOVED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_ROLES = ['MEMBER', 'MODERATOR'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const communitySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  regionCode: z.nullish(z.string()),
  regionName: z.nullish(z.string()),
  joinPolicy: z.enum(JOIN_POLICIES),
  /** Active members. */
  members: z.number(),
  myStatus: z.nullish(z.enum(MEMBER_STATUSES)),
  myRole: z.nullish(z.enum(MEMBER_ROLES)),
  digest: z.nullish(z.boolean()),
  /** She may moderate it (its moderators, and administrators). */
  moderator: z.boolean(),
});
export type Community = z.infer<typeof communitySchema>;
true satisfies Reads<'CommunityDto', z.output<typeof communitySchema>>;

export const communitiesQueryKey = ['communities'] as const;

export const getCommunities = (signal?: AbortSignal) => api.get('/api/communities', z.array(communitySchema), { signal });

export const getCommunitiesQueryOptions = () =>
  queryOptions({ queryKey: [...communitiesQueryKey, 'list'], queryFn: ({ signal }) => getCommunities(signal) });

export const useCommunities = () => useQuery(getCommunitiesQueryOptions());

/** The API has no single-community read: one community is picked from her list. */
export const useCommunity = (id: string) =>
  useQuery({ ...getCommunitiesQueryOptions(), select: (communities) => communities.find((community) => community.id === id) ?? null });

/** She reads and writes posts once she is an active member; moderators always may. */
export const canRead = (community: Community) => community.moderator || community.myStatus === 'ACTIVE';
