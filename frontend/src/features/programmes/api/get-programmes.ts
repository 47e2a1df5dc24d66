import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { organisationSchema } from './get-organisations';
import type { Reads } from '@/lib/api-contract';

export const programmeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  /** Plain dates, YYYY-MM-DD. */
  startDate: z.string(),
  endDate: z.string(),
  leadOrganisation: z.nullish(z.string()),
  partners: z.array(organisationSchema),
});
export type Programme = z.infer<typeof programmeSchema>;

export const programmePageSchema = z.object({
  items: z.array(programmeSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
true satisfies Reads<'ProgrammeDto', z.output<typeof programmeSchema>>;
true satisfies Reads<'PageDto_ProgrammeDto_', z.output<typeof programmePageSchema>>;

export const PROGRAMMES_PAGE_SIZE = 20;

export const getProgrammes = ({ page, size = PROGRAMMES_PAGE_SIZE }: { page: number; size?: number }, signal?: AbortSignal) =>
  api.get('/api/programmes', programmePageSchema, { query: { page, size }, signal });

export const programmesQueryKey = ['programmes'] as const;

export const getProgrammesQueryOptions = (page: number) =>
  queryOptions({
    queryKey: [...programmesQueryKey, page],
    queryFn: ({ signal }) => getProgrammes({ page }, signal),
  });

export const useProgrammes = (page: number) => useQuery({ ...getProgrammesQueryOptions(page), placeholderData: keepPreviousData });
