import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

/** A partner organisation of programmes. */
export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.nullish(z.string()),
  website: z.nullish(z.string()),
});
export type Organisation = z.infer<typeof organisationSchema>;
true satisfies Reads<'OrganisationDto', z.output<typeof organisationSchema>>;

export const organisationsQueryKey = ['organisations'] as const;

export const getOrganisations = (signal?: AbortSignal) => api.get('/api/organisations', z.array(organisationSchema), { signal });

export const getOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: organisationsQueryKey,
    queryFn: ({ signal }) => getOrganisations(signal),
  });

export const useOrganisations = () => useQuery(getOrganisationsQueryOptions());
