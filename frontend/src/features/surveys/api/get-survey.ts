import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema } from '@/lib/localized';
import { QUESTION_TYPES } from '@/lib/questions';
import type { Reads } from '@/lib/api-contract';
import { SURVEY_KINDS, surveysQueryKey } from './get-my-surveys';

export const surveyQuestionSchema = z.object({
  key: z.string(),
  type: z.enum(QUESTION_TYPES),
  label: localizedTextSchema,
  required: z.boolean(),
  options: z.nullish(z.array(z.object({ value: z.string(), label: localizedTextSchema }))),
  /** What a NUMBER counts ("USD"). */
  unit: z.nullish(localizedTextSchema),
  /** The indicator the answer feeds; null for participants. */
  indicatorId: z.nullish(z.string()),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;
true satisfies Reads<'SurveyQuestionDto', z.output<typeof surveyQuestionSchema>>;

export const surveySchema = z.object({
  id: z.string(),
  activityId: z.string(),
  activityTitle: z.string(),
  kind: z.enum(SURVEY_KINDS),
  title: localizedTextSchema,
  questions: z.array(surveyQuestionSchema),
  opensAt: z.string(),
  closesAt: z.string(),
  open: z.boolean(),
  /** Her answers by question key: JSON values of several types, each checked where shown. */
  answers: z._default(z.record(z.string(), z.unknown()), {}),
  answeredAt: z.nullish(z.string()),
});
export type Survey = z.infer<typeof surveySchema>;
true satisfies Reads<'SurveyDto', z.output<typeof surveySchema>>;

export const surveyQueryKey = (id: string) => [...surveysQueryKey, 'one', id] as const;

/** One survey with her answers; 403 survey.no-seat when she holds no seat in its activity. */
export const getSurvey = (id: string, signal?: AbortSignal) => api.get(`/api/surveys/${encodeURIComponent(id)}`, surveySchema, { signal });

export const getSurveyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: surveyQueryKey(id),
    queryFn: ({ signal }) => getSurvey(id, signal),
  });

export const useSurvey = (id: string) => useQuery(getSurveyQueryOptions(id));
