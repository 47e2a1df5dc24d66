import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema } from '@/lib/localized';
import type { Reads, Sends } from '@/lib/api-contract';
import { SURVEY_KINDS } from './templates';

export const activitySurveySchema = z.object({
  id: z.string(),
  activityId: z.string(),
  templateId: z.string(),
  kind: z.enum(SURVEY_KINDS),
  title: localizedTextSchema,
  /** FOLLOW_UP: months after the activity's end. */
  monthsAfter: z.nullish(z.number()),
  opensAt: z.string(),
  closesAt: z.string(),
  open: z.boolean(),
  /** Who may answer it. */
  eligible: z.number(),
  responses: z.number(),
  /** 0..1; null while nobody may answer. */
  responseRate: z.nullish(z.number()),
});
export type ActivitySurvey = z.infer<typeof activitySurveySchema>;
true satisfies Reads<'ActivitySurveyDto', z.output<typeof activitySurveySchema>>;

export type AskSurveyInput = { templateId: string; monthsAfter: number | null; opensAt: string | null; closesAt: string | null };
true satisfies Sends<'AttachSurveyRequest', AskSurveyInput>;
export type SurveyWindowInput = { opensAt: string | null; closesAt: string | null };
true satisfies Sends<'SurveyWindowRequest', SurveyWindowInput>;

const surveysQueryKey = (activityId: string) => ['surveys-admin', 'activity', activityId] as const;

export const getActivitySurveys = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/surveys`, z.array(activitySurveySchema), { signal });

/** The activity's trainers and managers. */
export const useActivitySurveys = (activityId: string) =>
  useQuery(queryOptions({ queryKey: surveysQueryKey(activityId), queryFn: ({ signal }) => getActivitySurveys(activityId, signal) }));

function useInvalidate(activityId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: surveysQueryKey(activityId) });
}

/** Managers ask one of the programme's templates in the activity. */
export function useAskSurvey(activityId: string) {
  const invalidate = useInvalidate(activityId);
  return useMutation({
    mutationFn: (input: AskSurveyInput) => api.post(`/api/activities/${encodeURIComponent(activityId)}/surveys`, input, activitySurveySchema),
    onSuccess: invalidate,
  });
}

/** Both empty: the default window. */
export function useSetSurveyWindow(activityId: string) {
  const invalidate = useInvalidate(activityId);
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: SurveyWindowInput }) =>
      api.put(`/api/surveys/${encodeURIComponent(id)}/window`, input, activitySurveySchema),
    onSuccess: invalidate,
  });
}

/** 409 survey.answered once someone answered. */
export function useRemoveSurvey(activityId: string) {
  const invalidate = useInvalidate(activityId);
  return useMutation({ mutationFn: (id: string) => api.delete(`/api/surveys/${encodeURIComponent(id)}`), onSuccess: invalidate });
}
