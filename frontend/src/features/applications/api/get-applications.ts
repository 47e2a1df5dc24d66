import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { GENDERS } from '@/lib/auth';
import { APPLICATION_STATUSES, type ApplicationStatus } from './get-my-application';
import type { Reads } from '@/lib/api-contract';

export const applicationRowSchema = z.object({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  countryCode: z.nullish(z.string()),
  gender: z.nullish(z.enum(GENDERS)),
  status: z.enum(APPLICATION_STATUSES),
  /** Why screening put her aside, in the server's words. */
  screeningReason: z.nullish(z.string()),
  reviews: z.number(),
  /** 0..100, mean over scored reviews; null before the first. */
  meanScore: z.nullish(z.number()),
  /** Highest minus lowest review score. */
  scoreSpread: z.nullish(z.number()),
  submittedAt: z.nullish(z.string()),
});
export type ApplicationRow = z.infer<typeof applicationRowSchema>;

export const applicationRowPageSchema = z.object({
  items: z.array(applicationRowSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});

export const applicationListSchema = z.object({
  page: applicationRowPageSchema,
  countsByStatus: z.partialRecord(z.enum(APPLICATION_STATUSES), z.number()),
});
export type ApplicationList = z.infer<typeof applicationListSchema>;
true satisfies Reads<'ApplicationRowDto', z.output<typeof applicationRowSchema>>;
true satisfies Reads<'PageDto_ApplicationRowDto_', z.output<typeof applicationRowPageSchema>>;
true satisfies Reads<'ApplicationListDto', z.output<typeof applicationListSchema>>;

export const APPLICATION_SORTS = ['score', 'submitted'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

export type ApplicationSearch = {
  status?: ApplicationStatus;
  country?: string;
  region?: string;
  gender?: (typeof GENDERS)[number];
  sort?: ApplicationSort;
  page: number;
};

export const APPLICATIONS_PAGE_SIZE = 50;

export const getApplications = (activityId: string, { status, country, region, gender, sort, page }: ApplicationSearch, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/applications`, applicationListSchema, {
    query: { status, country, region, gender, sort, page, size: APPLICATIONS_PAGE_SIZE },
    signal,
  });

export const applicationsQueryKey = (activityId: string) => ['applications', 'activity', activityId] as const;

export const getApplicationsQueryOptions = (activityId: string, search: ApplicationSearch) =>
  queryOptions({
    queryKey: [...applicationsQueryKey(activityId), search],
    queryFn: ({ signal }) => getApplications(activityId, search, signal),
  });

export const useApplications = (activityId: string, search: ApplicationSearch) =>
  useQuery({ ...getApplicationsQueryOptions(activityId, search), placeholderData: keepPreviousData });
