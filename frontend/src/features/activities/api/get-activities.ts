import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { activitiesQueryKey, activitySchema, ACTIVITY_TYPES, COURSE_LANGUAGES, type ActivityType, type CourseLanguage } from './get-activity';
import type { Reads } from '@/lib/api-contract';

export const activityPageSchema = z.object({
  items: z.array(activitySchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;
true satisfies Reads<'PageDto_ActivityDto_', z.output<typeof activityPageSchema>>;

/** What the catalogue is filtered by; it lives in the page's URL. */
export type CatalogueSearch = {
  q?: string;
  type?: ActivityType;
  language?: CourseLanguage;
  /** M49 region or sub-region code. */
  region?: string;
  country?: string;
  /** Only activities open for enrolment now. */
  open?: boolean;
  page: number;
};

export const CATALOGUE_PAGE_SIZE = 20;

const m49Code = z.string().check(z.regex(/^\d{3}$/));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/**
 * Reads the filters from a URL. A value the catalogue cannot use (an old bookmark, a hand-edited
 * link) is left out rather than failing the page.
 */
export function catalogueSearchFromParams(params: URLSearchParams): CatalogueSearch {
  const valid = <T>(schema: z.ZodMiniType<T>, value: string | null): T | undefined => {
    if (value === null || value === '') return undefined;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  const q = params.get('q')?.trim().slice(0, 200);
  return {
    q: q || undefined,
    type: valid(z.enum(ACTIVITY_TYPES), params.get('type')),
    language: valid(z.enum(COURSE_LANGUAGES), params.get('language')),
    region: valid(m49Code, params.get('region')),
    country: valid(countryCode, params.get('country')),
    open: params.get('open') === 'true' ? true : undefined,
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 100_000) : 0,
  };
}

export const getActivities = ({ page, ...filters }: CatalogueSearch, signal?: AbortSignal) =>
  api.get('/api/activities', activityPageSchema, {
    query: { ...filters, page, size: CATALOGUE_PAGE_SIZE },
    signal,
    auth: false,
  });

export const getActivitiesQueryOptions = (search: CatalogueSearch) =>
  queryOptions({
    queryKey: [...activitiesQueryKey, 'list', search],
    queryFn: ({ signal }) => getActivities(search, signal),
  });

/** Keeps the previous results on screen while the next ones load, so nothing jumps. */
export const useActivities = (search: CatalogueSearch) => useQuery({ ...getActivitiesQueryOptions(search), placeholderData: keepPreviousData });
