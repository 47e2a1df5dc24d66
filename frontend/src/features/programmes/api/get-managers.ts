import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { programmesQueryKey } from './get-programmes';
import type { Reads } from '@/lib/api-contract';

export const managerSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
});
export type Manager = z.infer<typeof managerSchema>;
true satisfies Reads<'StaffDto', z.output<typeof managerSchema>>;

export const getManagers = (programmeId: string, signal?: AbortSignal) =>
  api.get(`/api/programmes/${encodeURIComponent(programmeId)}/managers`, z.array(managerSchema), { signal });

export const getManagersQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: [...programmesQueryKey, 'detail', programmeId, 'managers'],
    queryFn: ({ signal }) => getManagers(programmeId, signal),
  });

export const useManagers = (programmeId: string) => useQuery(getManagersQueryOptions(programmeId));
