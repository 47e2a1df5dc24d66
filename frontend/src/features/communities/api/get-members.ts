import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads, Sends } from '@/lib/api-contract';
import { communitiesQueryKey, MEMBER_ROLES, MEMBER_STATUSES, type MemberRole } from './get-communities';

export const memberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  countryCode: z.nullish(z.string()),
  role: z.enum(MEMBER_ROLES),
  status: z.enum(MEMBER_STATUSES),
  since: z.string(),
});
export type Member = z.infer<typeof memberSchema>;
true satisfies Reads<'MemberDto', z.output<typeof memberSchema>>;

const membersQueryKey = (communityId: string) => [...communitiesQueryKey, communityId, 'members'] as const;

/** Moderators only; PENDING gives the requests to join. */
export const getMembers = (communityId: string, status: 'PENDING' | 'ACTIVE', signal?: AbortSignal) =>
  api.get(`/api/communities/${encodeURIComponent(communityId)}/members`, z.array(memberSchema), { query: { status }, signal });

export const getMembersQueryOptions = (communityId: string, status: 'PENDING' | 'ACTIVE') =>
  queryOptions({ queryKey: [...membersQueryKey(communityId), status], queryFn: ({ signal }) => getMembers(communityId, status, signal) });

export const useMembers = (communityId: string, status: 'PENDING' | 'ACTIVE', { enabled = true } = {}) =>
  useQuery({ ...getMembersQueryOptions(communityId, status), enabled });

/** Accept (ACTIVE), decline or remove (REMOVED), or make moderator. */
/** LEFT declines a request to join (she may ask again); REMOVED bars her. */
export type MemberChange = { status?: 'ACTIVE' | 'REMOVED' | 'LEFT'; role?: MemberRole };
true satisfies Sends<'MemberChangeRequest', MemberChange>;

export const changeMember = (communityId: string, userId: string, change: MemberChange) =>
  api.put(`/api/communities/${encodeURIComponent(communityId)}/members/${encodeURIComponent(userId)}`, change, memberSchema);

export function useChangeMember(communityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, change }: { userId: string; change: MemberChange }) => changeMember(communityId, userId, change),
    // The member count in the list changes too.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: communitiesQueryKey }),
  });
}
