import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { ApiError } from '@/lib/problem';

export const statsRowSchema = z.object({ key: z.string(), label: z.string(), count: z.number(), womenLed: z.number() });
export const statsMonthSchema = z.object({ month: z.string(), added: z.number(), total: z.number() });
export const networkStatsSchema = z.object({
  businesses: z.number(),
  womenLed: z.number(),
  countries: z.number(),
  byCountry: z.array(statsRowSchema),
  byRegion: z.array(statsRowSchema),
  growth: z.array(statsMonthSchema),
  communities: z.array(statsRowSchema),
  sentence: z.string(),
});
export type NetworkStats = z.infer<typeof networkStatsSchema>;
export type StatsRow = z.infer<typeof statsRowSchema>;
true satisfies Reads<'NetworkStatsDto.Row', z.output<typeof statsRowSchema>>;
true satisfies Reads<'NetworkStatsDto.Month', z.output<typeof statsMonthSchema>>;
true satisfies Reads<'NetworkStatsDto', z.output<typeof networkStatsSchema>>;

/** Managers and administrators only; anyone else gets 403. */
export const getNetworkStats = (signal?: AbortSignal) => api.get('/api/network/stats', networkStatsSchema, { signal });

export const getNetworkStatsQueryOptions = (language: string) =>
  queryOptions({
    // The server writes the labels and the sentence in the account's language: asked again when it changes.
    queryKey: ['directory', 'stats', language],
    queryFn: ({ signal }) => getNetworkStats(signal),
    // A 403 will not change by asking again.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });

export const useNetworkStats = (language: string, enabled: boolean) => useQuery({ ...getNetworkStatsQueryOptions(language), enabled });
