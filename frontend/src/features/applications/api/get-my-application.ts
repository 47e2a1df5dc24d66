import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, ApiError } from '@/lib/api-client';
import { useIsSignedIn } from '@/lib/auth';
import type { ApiSchemas, Reads } from '@/lib/api-contract';

export const APPLICATION_STATUSES = ['DRAFT', 'APPLIED', 'SCREENED_OUT', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** She may still change her answers (a withdrawn application becomes a draft again when saved). */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['DRAFT', 'WITHDRAWN'];
export const WITHDRAWABLE_STATUSES: readonly ApplicationStatus[] = ['DRAFT', 'APPLIED', 'SCREENED_OUT', 'WAITLISTED'];

/** string (text, URL, choice, country code), number, boolean (yes/no) or string[] (several choices). */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

/**
 * Answers are JSON values of several types (the contract says a map of unknown values): they are
 * read as unknown here and each is checked where it is shown.
 */
export const answersSchema = z.record(z.string(), z.unknown());

/** What the contract's answers map stands for, to check request bodies by their other fields. */
export type ContractAnswers = ApiSchemas['SaveApplicationRequest']['answers'];

export const applicationSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  activityTitle: z.string(),
  /** Plain date, YYYY-MM-DD. */
  activityStartDate: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  answers: answersSchema,
  submittedAt: z.nullish(z.string()),
  updatedAt: z.string(),
});
export type Application = z.infer<typeof applicationSchema>;
true satisfies Reads<'ApplicationDto', z.output<typeof applicationSchema>>;

/** Her application to an activity, or null when she has none (404). */
export const getMyApplication = async (activityId: string, signal?: AbortSignal): Promise<Application | null> => {
  try {
    return await api.get(`/api/activities/${encodeURIComponent(activityId)}/application`, applicationSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
};

export const myApplicationQueryKey = (activityId: string) => ['applications', 'mine', 'activity', activityId] as const;

export const getMyApplicationQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: myApplicationQueryKey(activityId),
    queryFn: ({ signal }) => getMyApplication(activityId, signal),
  });

export const useMyApplication = (activityId: string) => {
  const signedIn = useIsSignedIn();
  return useQuery({ ...getMyApplicationQueryOptions(activityId), enabled: signedIn });
};
