import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema } from '@/lib/localized';
import type { Reads } from '@/lib/api-contract';

export const criterionSchema = z.object({
  key: z.string(),
  label: localizedTextSchema,
  /** 1..100, relative to the other criteria. */
  weight: z.number(),
  /** Scores run from 1 to this (2..10). */
  scale: z.number(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const rubricSchema = z.object({ criteria: z.array(criterionSchema) });
export type Rubric = z.infer<typeof rubricSchema>;
true satisfies Reads<'CriterionDto', z.output<typeof criterionSchema>>;
true satisfies Reads<'RubricDto', z.output<typeof rubricSchema>>;

export const getRubric = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/rubric`, rubricSchema, { signal });

export const rubricQueryKey = (activityId: string) => ['reviews', 'rubric', activityId] as const;

export const useRubric = (activityId: string) =>
  useQuery(queryOptions({ queryKey: rubricQueryKey(activityId), queryFn: ({ signal }) => getRubric(activityId, signal) }));
