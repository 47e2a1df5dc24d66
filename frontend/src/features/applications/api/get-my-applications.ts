import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { useIsSignedIn } from '@/lib/auth';
import { applicationSchema } from './get-my-application';
import type { Reads } from '@/lib/api-contract';

export const applicationPageSchema = z.object({
  items: z.array(applicationSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
export type ApplicationPage = z.infer<typeof applicationPageSchema>;
true satisfies Reads<'PageDto_ApplicationDto_', z.output<typeof applicationPageSchema>>;

export const MY_APPLICATIONS_PAGE_SIZE = 20;

export const getMyApplications = (page: number, signal?: AbortSignal) =>
  api.get('/api/me/applications', applicationPageSchema, { query: { page, size: MY_APPLICATIONS_PAGE_SIZE }, signal });

export const getMyApplicationsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['applications', 'mine', 'list', { page }],
    queryFn: ({ signal }) => getMyApplications(page, signal),
  });

export const useMyApplications = (page: number) => {
  const signedIn = useIsSignedIn();
  return useQuery({ ...getMyApplicationsQueryOptions(page), enabled: signedIn, placeholderData: keepPreviousData });
};
