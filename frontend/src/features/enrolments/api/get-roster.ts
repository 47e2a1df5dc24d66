import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { GENDERS } from '@/lib/auth';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from './get-my-enrolments';
import type { Reads } from '@/lib/api-contract';

export const rosterEntrySchema = z.object({
  enrolmentId: z.string(),
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  countryCode: z.nullish(z.string()),
  gender: z.nullish(z.enum(GENDERS)),
  status: z.enum(ENROLMENT_STATUSES),
  waitlistPosition: z.nullish(z.number()),
  enrolledAt: z.string(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const rosterPageSchema = z.object({
  items: z.array(rosterEntrySchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});

export const rosterSchema = z.object({
  page: rosterPageSchema,
  countsByStatus: z.object({
    ENROLLED: z.optional(z.number()),
    WAITLISTED: z.optional(z.number()),
    APPLIED: z.optional(z.number()),
    WITHDRAWN: z.optional(z.number()),
    CANCELLED: z.optional(z.number()),
    COMPLETED: z.optional(z.number()),
  }),
});
export type Roster = z.infer<typeof rosterSchema>;
true satisfies Reads<'RosterEntryDto', z.output<typeof rosterEntrySchema>>;
true satisfies Reads<'PageDto_RosterEntryDto_', z.output<typeof rosterPageSchema>>;
true satisfies Reads<'RosterDto', z.output<typeof rosterSchema>>;

export type RosterSearch = { status?: EnrolmentStatus; q?: string; page: number; size?: number };

export const ROSTER_PAGE_SIZE = 25;

export const getRoster = (activityId: string, { status, q, page, size = ROSTER_PAGE_SIZE }: RosterSearch, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/enrolments`, rosterSchema, { query: { status, q, page, size }, signal });

export const rosterQueryKey = (activityId: string) => ['enrolments', 'roster', activityId] as const;

export const getRosterQueryOptions = (activityId: string, search: RosterSearch) =>
  queryOptions({
    queryKey: [...rosterQueryKey(activityId), search],
    queryFn: ({ signal }) => getRoster(activityId, search, signal),
  });

export const useRoster = (activityId: string, search: RosterSearch) =>
  useQuery({ ...getRosterQueryOptions(activityId, search), placeholderData: keepPreviousData });
