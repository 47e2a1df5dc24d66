import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { attendanceQueryKey } from './get-attendance-sheet';

export const checkInCodeSchema = z.object({
  code: z.string(),
  /** When the next code takes over. */
  changesAt: z.string(),
});
export type CheckInCode = z.infer<typeof checkInCodeSchema>;
true satisfies Reads<'CheckInCodeDto', z.output<typeof checkInCodeSchema>>;

export const getCheckInCode = (sessionId: string, signal?: AbortSignal) =>
  api.get(`/api/sessions/${encodeURIComponent(sessionId)}/check-in-code`, checkInCodeSchema, { signal });

export const getCheckInCodeQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: [...attendanceQueryKey, 'session', sessionId, 'check-in-code'],
    queryFn: ({ signal }) => getCheckInCode(sessionId, signal),
    // The code changes at changesAt: ask again then (a second later, so the new slot has begun).
    refetchInterval: (query) => {
      const changesAt = query.state.data ? Date.parse(query.state.data.changesAt) : NaN;
      return Number.isFinite(changesAt) ? Math.max(1_000, changesAt - Date.now() + 1_000) : false;
    },
    staleTime: 0,
  });

export const useCheckInCode = (sessionId: string, enabled: boolean) => useQuery({ ...getCheckInCodeQueryOptions(sessionId), enabled });
