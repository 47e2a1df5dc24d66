import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { communitiesQueryKey, communitySchema, type Community } from './get-communities';

const path = (id: string, action: string) => `/api/communities/${encodeURIComponent(id)}/${action}`;

export const joinCommunity = (id: string) => api.post(path(id, 'join'), undefined, communitySchema);
export const leaveCommunity = (id: string) => api.post(path(id, 'leave'), undefined, communitySchema);
export const setDigest = (id: string, digest: boolean) => api.put(path(id, 'me'), { digest }, communitySchema);
true satisfies Sends<'MembershipSettingsRequest', { digest: boolean }>;

/** Puts the community as the server now sees it in her list, then checks the rest. */
function useUpdateList() {
  const queryClient = useQueryClient();
  return (community: Community) => {
    queryClient.setQueryData<Community[]>([...communitiesQueryKey, 'list'], (list) => list?.map((item) => (item.id === community.id ? community : item)));
    void queryClient.invalidateQueries({ queryKey: communitiesQueryKey });
  };
}

/** ACTIVE at once when open or invited, else PENDING; 403 community.removed. */
export function useJoinCommunity() {
  const update = useUpdateList();
  return useMutation({ mutationFn: joinCommunity, onSuccess: update });
}

export function useLeaveCommunity() {
  const update = useUpdateList();
  return useMutation({ mutationFn: leaveCommunity, onSuccess: update });
}

/** 409 community.not-member unless she is an active member. */
export function useSetDigest(id: string) {
  const update = useUpdateList();
  return useMutation({ mutationFn: (digest: boolean) => setDigest(id, digest), onSuccess: update });
}
