import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { getManagersQueryOptions, managerSchema } from './get-managers';
import type { Sends } from '@/lib/api-contract';

type AssignManagersBody = { userIds: string[] };
true satisfies Sends<'AssignManagersRequest', AssignManagersBody>;

/** Replaces the programme's managers; at least one, each an enabled MANAGER account. */
export const assignManagers = ({ programmeId, userIds }: { programmeId: string; userIds: string[] }) =>
  api.put(`/api/programmes/${encodeURIComponent(programmeId)}/managers`, { userIds } satisfies AssignManagersBody, z.array(managerSchema));

export function useAssignManagers(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) => assignManagers({ programmeId, userIds }),
    onSuccess: (managers) => queryClient.setQueryData(getManagersQueryOptions(programmeId).queryKey, managers),
  });
}
