import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema, type LocalizedText } from '@/lib/localized';
import type { Reads, Sends } from '@/lib/api-contract';

export const UNITS = ['COUNT', 'PERCENT', 'CURRENCY', 'YES_NO'] as const;
export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export const SOURCES = ['PARTICIPATION', 'SURVEY', 'MILESTONE'] as const;
export const MEASURES = [
  'PARTICIPANTS_REGISTERED',
  'PARTICIPANTS_ATTENDED',
  'PARTICIPANTS_COMPLETED',
  'WOMEN_REGISTERED',
  'WOMEN_ATTENDED',
  'WOMEN_COMPLETED',
  'WOMEN_SHARE',
  'COUNTRIES_REACHED',
  'LDC_PARTICIPANTS',
  'LLDC_PARTICIPANTS',
  'SIDS_PARTICIPANTS',
] as const;
export const AGGREGATIONS = ['MEAN', 'SUM', 'SHARE_YES', 'COUNT_YES'] as const;
export const TARGET_GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
export const COUNTRY_GROUPS = ['LDC', 'LLDC', 'SIDS'] as const;

export type Unit = (typeof UNITS)[number];
export type Source = (typeof SOURCES)[number];
export type Measure = (typeof MEASURES)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];

export const targetSchema = z.object({
  id: z.nullish(z.string()),
  from: z.string(),
  to: z.string(),
  value: z.number(),
  gender: z.nullish(z.enum(TARGET_GENDERS)),
  countryGroup: z.nullish(z.enum(COUNTRY_GROUPS)),
});
export type Target = z.infer<typeof targetSchema>;

export const indicatorSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  unit: z.enum(UNITS),
  currency: z.nullish(z.string()),
  direction: z.enum(DIRECTIONS),
  source: z.enum(SOURCES),
  measure: z.nullish(z.enum(MEASURES)),
  aggregation: z.nullish(z.enum(AGGREGATIONS)),
  milestoneId: z.nullish(z.string()),
  /** The stated baseline, when the manager knows one. */
  baseline: z.nullish(z.number()),
  /** Targets count from the programme's start rather than from their own period's. */
  cumulative: z.boolean(),
  targets: z.array(targetSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;
true satisfies Reads<'TargetDto', z.output<typeof targetSchema>>;
true satisfies Reads<'IndicatorDto', z.output<typeof indicatorSchema>>;

export type IndicatorInput = {
  code: string;
  name: LocalizedText;
  unit: Unit;
  currency: string | null;
  direction: (typeof DIRECTIONS)[number];
  source: Source;
  measure: Measure | null;
  aggregation: Aggregation | null;
  milestoneId: string | null;
  baseline: number | null;
  cumulative: boolean;
  targets: Target[];
};
true satisfies Sends<'IndicatorRequest', IndicatorInput>;

export const indicatorsQueryKey = (programmeId: string) => ['outcomes', 'indicators', programmeId] as const;

/** Managers of the programme, and its trainers, read its indicators. */
export const getIndicators = (programmeId: string, signal?: AbortSignal) =>
  api.get(`/api/programmes/${encodeURIComponent(programmeId)}/indicators`, z.array(indicatorSchema), { signal });

export const getIndicatorsQueryOptions = (programmeId: string) =>
  queryOptions({ queryKey: indicatorsQueryKey(programmeId), queryFn: ({ signal }) => getIndicators(programmeId, signal) });

export const useIndicators = (programmeId: string) => useQuery(getIndicatorsQueryOptions(programmeId));

/** 400 with field errors ("currency", "targets[0].to"...), 409 outcome.code-taken on "code". */
export const createIndicator = ({ programmeId, input }: { programmeId: string; input: IndicatorInput }) =>
  api.post(`/api/programmes/${encodeURIComponent(programmeId)}/indicators`, input, indicatorSchema);

/** 409 outcome.indicator-in-use when its source changes once survey questions feed it. */
export const updateIndicator = ({ id, input }: { id: string; input: IndicatorInput }) =>
  api.put(`/api/indicators/${encodeURIComponent(id)}`, input, indicatorSchema);

/** 409 outcome.indicator-in-use while survey questions feed it. */
export const deleteIndicator = (id: string) => api.delete(`/api/indicators/${encodeURIComponent(id)}`);

function useInvalidateOutcomes() {
  const queryClient = useQueryClient();
  // Figures follow indicators: both live under 'outcomes'.
  return () => queryClient.invalidateQueries({ queryKey: ['outcomes'] });
}

export function useSaveIndicator(programmeId: string, indicatorId?: string) {
  const invalidate = useInvalidateOutcomes();
  return useMutation({
    mutationFn: (input: IndicatorInput) => (indicatorId ? updateIndicator({ id: indicatorId, input }) : createIndicator({ programmeId, input })),
    onSuccess: () => void invalidate(),
  });
}

export function useDeleteIndicator() {
  const invalidate = useInvalidateOutcomes();
  return useMutation({ mutationFn: deleteIndicator, onSuccess: () => void invalidate() });
}
