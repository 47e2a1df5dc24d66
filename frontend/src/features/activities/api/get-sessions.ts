import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { activitiesQueryKey } from './get-activity';
import type { Reads } from '@/lib/api-contract';

export const sessionSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  title: z.string(),
  /** Instants, ISO-8601 UTC. */
  startsAt: z.string(),
  endsAt: z.string(),
  /** A place or an online link. */
  location: z.nullish(z.string()),
  /** Set for a coaching session of an accelerator cohort: the SME (user id) it is held with. */
  coacheeId: z.nullish(z.string()),
  coacheeName: z.nullish(z.string()),
  /** Sent only to the activity's coaches (trainers) and managers. */
  coachNotes: z.nullish(z.string()),
});
export type Session = z.infer<typeof sessionSchema>;
true satisfies Reads<'SessionDto', z.output<typeof sessionSchema>>;

/** Sorted by start time by the server. */
export const getSessions = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/sessions`, z.array(sessionSchema), { signal });

export const getSessionsQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: [...activitiesQueryKey, 'detail', activityId, 'sessions'],
    queryFn: ({ signal }) => getSessions(activityId, signal),
  });

export const useSessions = (activityId: string) => useQuery(getSessionsQueryOptions(activityId));
