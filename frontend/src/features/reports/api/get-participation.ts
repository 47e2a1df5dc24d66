import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const REPORT_ACTIVITY_TYPES = ['MASTERCLASS', 'ONLINE_COURSE', 'WORKSHOP', 'STUDY_TOUR', 'ACCELERATOR_COHORT'] as const;
export type ReportActivityType = (typeof REPORT_ACTIVITY_TYPES)[number];

export const REPORT_GROUPS = ['country', 'region', 'subregion', 'countryGroup', 'gender', 'activityType', 'activity', 'programme', 'month', 'year'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];
export const DEFAULT_GROUP: ReportGroup = 'country';

export const REPORT_VIEWS = ['chart', 'table'] as const;
export type ReportView = (typeof REPORT_VIEWS)[number];

const measures = {
  registered: z.number(),
  attended: z.number(),
  completed: z.number(),
  women: z.number(),
  /** women / registered, 0..1; null when nobody registered. */
  womenShare: z.nullish(z.number()),
  genderUndisclosed: z.number(),
  countries: z.number(),
  ldcParticipants: z.number(),
  lldcParticipants: z.number(),
  sidsParticipants: z.number(),
};

export const participationFiguresSchema = z.object({ ...measures, ldcCountries: z.number() });
export const participationRowSchema = z.object({ key: z.string(), label: z.string(), ...measures });
export const participationReportSchema = z.object({
  totals: participationFiguresSchema,
  rows: z.array(participationRowSchema),
  sentence: z.string(),
});
export type ParticipationFigures = z.infer<typeof participationFiguresSchema>;
export type ParticipationRow = z.infer<typeof participationRowSchema>;
export type ParticipationReport = z.infer<typeof participationReportSchema>;
true satisfies Reads<'ParticipationFiguresDto', z.output<typeof participationFiguresSchema>>;
true satisfies Reads<'ParticipationRowDto', z.output<typeof participationRowSchema>>;
true satisfies Reads<'ParticipationReportDto', z.output<typeof participationReportSchema>>;

/** What the report is cut by; it lives in the page's URL. */
export type ReportFilters = {
  programmeId?: string;
  activityId?: string;
  type?: ReportActivityType;
  /** Plain dates, YYYY-MM-DD, on the activity's start. */
  from?: string;
  to?: string;
  /** M49 region or sub-region code. */
  region?: string;
  country?: string;
};
export type ReportSearch = ReportFilters & { groupBy: ReportGroup; view: ReportView };

const id = z.string().check(z.regex(/^[\w-]{1,64}$/));
const date = z.iso.date();
const m49Code = z.string().check(z.regex(/^\d{3}$/));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/** Reads the filters from a URL; a value the report cannot use (a hand-edited link) is left out rather than failing the page. */
export function reportSearchFromParams(params: URLSearchParams): ReportSearch {
  const valid = <T>(schema: z.ZodMiniType<T>, value: string | null): T | undefined => {
    if (value === null || value === '') return undefined;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    programmeId: valid(id, params.get('programmeId')),
    activityId: valid(id, params.get('activityId')),
    type: valid(z.enum(REPORT_ACTIVITY_TYPES), params.get('type')),
    from: valid(date, params.get('from')),
    to: valid(date, params.get('to')),
    region: valid(m49Code, params.get('region')),
    country: valid(countryCode, params.get('country')),
    groupBy: valid(z.enum(REPORT_GROUPS), params.get('groupBy')) ?? DEFAULT_GROUP,
    view: valid(z.enum(REPORT_VIEWS), params.get('view')) ?? 'chart',
  };
}

/** The search as it goes in the page's URL: the defaults left out, so equal reports have equal links. */
export function reportHrefSearch(search: ReportSearch) {
  return { ...search, groupBy: search.groupBy === DEFAULT_GROUP ? undefined : search.groupBy, view: search.view === 'chart' ? undefined : search.view };
}

/** The API's query for the filters, a grouping and the reader's language (row labels and the sentence). */
export const participationQuery = (filters: ReportFilters, groupBy: ReportGroup, language: string) => ({
  programmeId: filters.programmeId,
  activityId: filters.activityId,
  type: filters.type,
  from: filters.from,
  to: filters.to,
  region: filters.region,
  country: filters.country,
  groupBy,
  language,
});

export const getParticipation = (filters: ReportFilters, groupBy: ReportGroup, language: string, signal?: AbortSignal) =>
  api.get('/api/reports/participation', participationReportSchema, { query: participationQuery(filters, groupBy, language), signal });

export const reportsQueryKey = ['reports'] as const;

export const getParticipationQueryOptions = (filters: ReportFilters, groupBy: ReportGroup, language: string) =>
  queryOptions({
    queryKey: [...reportsQueryKey, 'participation', participationQuery(filters, groupBy, language)],
    queryFn: ({ signal }) => getParticipation(filters, groupBy, language, signal),
  });

/** Keeps the previous figures on screen while the next ones load, so nothing jumps. */
export const useParticipation = (filters: ReportFilters, groupBy: ReportGroup, language: string, { enabled = true } = {}) =>
  useQuery({ ...getParticipationQueryOptions(filters, groupBy, language), placeholderData: keepPreviousData, enabled });
