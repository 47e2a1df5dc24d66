import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { activityPageSchema } from './get-activities';
import { activitiesQueryKey } from './get-activity';
import type { Reads } from '@/lib/api-contract';

true satisfies Reads<'PageDto_ActivityDto_', z.output<typeof activityPageSchema>>;

export const MY_TEACHING_PAGE_SIZE = 20;

/** The activities she is a trainer of, soonest first; the server never lists drafts here. */
export const getMyTeaching = ({ page, size = MY_TEACHING_PAGE_SIZE }: { page: number; size?: number }, signal?: AbortSignal) =>
  api.get('/api/me/teaching', activityPageSchema, { query: { page, size }, signal });

export const getMyTeachingQueryOptions = (page: number) =>
  queryOptions({
    queryKey: [...activitiesQueryKey, 'teaching', page],
    queryFn: ({ signal }) => getMyTeaching({ page }, signal),
  });

export const useMyTeaching = (page: number) => useQuery({ ...getMyTeachingQueryOptions(page), placeholderData: keepPreviousData });
