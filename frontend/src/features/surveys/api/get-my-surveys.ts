import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema } from '@/lib/localized';
import type { Reads } from '@/lib/api-contract';

export const SURVEY_KINDS = ['BASELINE', 'ENDLINE', 'FOLLOW_UP', 'FEEDBACK'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** A survey asked in an activity she holds a seat in. */
export const mySurveySchema = z.object({
  id: z.string(),
  activityId: z.string(),
  activityTitle: z.string(),
  kind: z.enum(SURVEY_KINDS),
  title: localizedTextSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  /** Answers may be given or changed now. */
  open: z.boolean(),
  /** When she last saved her answers; null until she answers. */
  answeredAt: z.nullish(z.string()),
});
export type MySurvey = z.infer<typeof mySurveySchema>;
true satisfies Reads<'MySurveyDto', z.output<typeof mySurveySchema>>;

export const surveysQueryKey = ['surveys'] as const;

/** Open ones first, the soonest closing first (the server's order). */
export const getMySurveys = (signal?: AbortSignal) => api.get('/api/me/surveys', z.array(mySurveySchema), { signal });

export const getMySurveysQueryOptions = () =>
  queryOptions({
    queryKey: [...surveysQueryKey, 'mine'],
    queryFn: ({ signal }) => getMySurveys(signal),
  });

export const useMySurveys = () => useQuery(getMySurveysQueryOptions());
