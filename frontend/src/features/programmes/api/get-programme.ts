import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { programmeSchema, programmesQueryKey } from './get-programmes';

/** Public: a programme with its partners. */
export const getProgramme = (id: string, signal?: AbortSignal) => api.get(`/api/programmes/${encodeURIComponent(id)}`, programmeSchema, { signal });

export const getProgrammeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...programmesQueryKey, 'detail', id],
    queryFn: ({ signal }) => getProgramme(id, signal),
  });

export const useProgramme = (id: string) => useQuery(getProgrammeQueryOptions(id));
