import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';
import { attendanceQueryKey } from './get-attendance-sheet';

export const personAttendanceSchema = z.object({
  enrolmentId: z.string(),
  userId: z.string(),
  displayName: z.string(),
  attended: z.number(),
  excused: z.number(),
  held: z.number(),
  /** 0..1; null while no session counts for her. */
  rate: z.nullish(z.number()),
  atRisk: z.boolean(),
  canStillComplete: z.boolean(),
});
export type PersonAttendance = z.infer<typeof personAttendanceSchema>;
true satisfies Reads<'PersonAttendanceDto', z.output<typeof personAttendanceSchema>>;

export const activityAttendanceSchema = z.object({
  sessionsHeld: z.number(),
  sessionsPlanned: z.number(),
  threshold: z.number(),
  rate: z.nullish(z.number()),
  people: z.array(personAttendanceSchema),
});
export type ActivityAttendance = z.infer<typeof activityAttendanceSchema>;
true satisfies Reads<'ActivityAttendanceDto', z.output<typeof activityAttendanceSchema>>;

export const getActivityAttendance = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/attendance`, activityAttendanceSchema, { signal });

export const getActivityAttendanceQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: [...attendanceQueryKey, 'activity', activityId],
    queryFn: ({ signal }) => getActivityAttendance(activityId, signal),
  });

export const useActivityAttendance = (activityId: string) => useQuery(getActivityAttendanceQueryOptions(activityId));
