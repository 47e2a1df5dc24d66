import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { indicatorSchema, targetSchema } from './indicators';

export const BASES = ['STATED', 'SURVEY_BASELINE', 'SURVEY_LATEST', 'PARTICIPATION', 'MILESTONE'] as const;

export const figureSchema = z.object({
  value: z.number(),
  /** How many people the figure stands on; null for a stated one. */
  people: z.nullish(z.number()),
  basis: z.enum(BASES),
});
export type Figure = z.infer<typeof figureSchema>;

/** Survey indicators: only those who answered both the baseline and a later survey. */
export const pairedSchema = z.object({ people: z.number(), before: z.number(), after: z.number(), change: z.number() });

export const targetProgressSchema = z.object({
  target: targetSchema,
  value: z.nullish(z.number()),
  people: z.number(),
  /** 1 = reached; may exceed 1 or be negative. */
  progress: z.nullish(z.number()),
});
export type TargetProgress = z.infer<typeof targetProgressSchema>;

export const outcomeSchema = z.object({
  indicator: indicatorSchema,
  baseline: z.nullish(figureSchema),
  latest: z.nullish(figureSchema),
  change: z.nullish(z.number()),
  paired: z.nullish(pairedSchema),
  targets: z.array(targetProgressSchema),
});
export type Outcome = z.infer<typeof outcomeSchema>;
true satisfies Reads<'FigureDto', z.output<typeof figureSchema>>;
true satisfies Reads<'PairedDto', z.output<typeof pairedSchema>>;
true satisfies Reads<'TargetProgressDto', z.output<typeof targetProgressSchema>>;
true satisfies Reads<'OutcomeDto', z.output<typeof outcomeSchema>>;

export const getProgrammeOutcomes = (programmeId: string, signal?: AbortSignal) =>
  api.get(`/api/programmes/${encodeURIComponent(programmeId)}/outcomes`, z.array(outcomeSchema), { signal });

export const getActivityOutcomes = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/outcomes`, z.array(outcomeSchema), { signal });

export const programmeOutcomesQueryOptions = (programmeId: string) =>
  queryOptions({ queryKey: ['outcomes', 'figures', 'programme', programmeId], queryFn: ({ signal }) => getProgrammeOutcomes(programmeId, signal) });

export const activityOutcomesQueryOptions = (activityId: string) =>
  queryOptions({ queryKey: ['outcomes', 'figures', 'activity', activityId], queryFn: ({ signal }) => getActivityOutcomes(activityId, signal) });

/** Managers only. */
export const useProgrammeOutcomes = (programmeId: string) => useQuery(programmeOutcomesQueryOptions(programmeId));
/** The activity's trainers and managers. */
export const useActivityOutcomes = (activityId: string) => useQuery(activityOutcomesQueryOptions(activityId));
