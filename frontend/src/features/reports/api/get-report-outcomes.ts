import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { localizedTextSchema } from '@/lib/localized';
import { reportsQueryKey, type ReportFilters } from './get-participation';

// The outcomes feature reads the whole OutcomeDto; features do not import one another, so the report
// reads here only what its targets section shows. `Reads` keeps these in step with the API contract.
export const TARGET_GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
export const TARGET_COUNTRY_GROUPS = ['LDC', 'LLDC', 'SIDS'] as const;

const reportTargetSchema = z.object({
  id: z.nullish(z.string()),
  from: z.string(),
  to: z.string(),
  value: z.number(),
  gender: z.nullish(z.enum(TARGET_GENDERS)),
  countryGroup: z.nullish(z.enum(TARGET_COUNTRY_GROUPS)),
});

const reportIndicatorSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  unit: z.enum(['COUNT', 'PERCENT', 'CURRENCY', 'YES_NO']),
  currency: z.nullish(z.string()),
});

const reportTargetProgressSchema = z.object({
  target: reportTargetSchema,
  /** Null when nothing is measured yet under the filters. */
  value: z.nullish(z.number()),
  people: z.number(),
  /** 1 = reached; may exceed 1 or be negative. */
  progress: z.nullish(z.number()),
  /** The period actually counted (null: open): the target's, within the filters' period. */
  measuredFrom: z.nullish(z.string()),
  measuredTo: z.nullish(z.string()),
});

export const reportOutcomeSchema = z.object({ indicator: reportIndicatorSchema, targets: z.array(reportTargetProgressSchema) });
export const reportOutcomesSchema = z.array(reportOutcomeSchema);
export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;
export type ReportTargetProgress = z.infer<typeof reportTargetProgressSchema>;
export type ReportOutcome = z.infer<typeof reportOutcomeSchema>;
true satisfies Reads<'TargetDto', z.output<typeof reportTargetSchema>>;
true satisfies Reads<'IndicatorDto', z.output<typeof reportIndicatorSchema>>;
true satisfies Reads<'TargetProgressDto', z.output<typeof reportTargetProgressSchema>>;
true satisfies Reads<'OutcomeDto', z.output<typeof reportOutcomeSchema>>;

/** The report's filters other than the programme, as the outcomes endpoint reads them (the client leaves out empty ones). */
export const reportOutcomesQuery = (filters: ReportFilters) => ({
  activityId: filters.activityId,
  type: filters.type,
  from: filters.from,
  to: filters.to,
  region: filters.region,
  country: filters.country,
});

/** The programme's indicators and their target progress, counted over the people and period the filters select. Managers only. */
export const getReportOutcomes = (programmeId: string, filters: ReportFilters, signal?: AbortSignal) =>
  api.get(`/api/programmes/${encodeURIComponent(programmeId)}/outcomes`, reportOutcomesSchema, { query: reportOutcomesQuery(filters), signal });

export const getReportOutcomesQueryOptions = (programmeId: string, filters: ReportFilters) =>
  queryOptions({
    queryKey: [...reportsQueryKey, 'outcomes', programmeId, reportOutcomesQuery(filters)],
    queryFn: ({ signal }) => getReportOutcomes(programmeId, filters, signal),
  });

/**
 * Keeps the previous figures on screen while a change of the other filters loads, but never another
 * programme's: its indicators are not this one's.
 */
export const useReportOutcomes = (programmeId: string | undefined, filters: ReportFilters, { enabled = true } = {}) =>
  useQuery({
    ...getReportOutcomesQueryOptions(programmeId ?? '', filters),
    enabled: enabled && Boolean(programmeId),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === programmeId ? previous : undefined),
  });
