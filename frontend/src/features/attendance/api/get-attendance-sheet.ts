import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const ATTENDANCE_STATUSES = ['PRESENT', 'LATE', 'ABSENT', 'EXCUSED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const attendanceEntrySchema = z.object({
  enrolmentId: z.string(),
  userId: z.string(),
  displayName: z.string(),
  /** null until someone marks her. */
  status: z.nullish(z.enum(ATTENDANCE_STATUSES)),
  note: z.nullish(z.string()),
  markedAt: z.nullish(z.string()),
  selfCheckedIn: z.boolean(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;
true satisfies Reads<'AttendanceEntryDto', z.output<typeof attendanceEntrySchema>>;

const attendanceSessionSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.nullish(z.string()),
  /** A coaching session is held with one SME; its sheet lists only her. */
  coacheeId: z.nullish(z.string()),
  coacheeName: z.nullish(z.string()),
  coachNotes: z.nullish(z.string()),
});
true satisfies Reads<'SessionDto', z.output<typeof attendanceSessionSchema>>;

export const attendanceSheetSchema = z.object({
  session: attendanceSessionSchema,
  activityTitle: z.string(),
  entries: z.array(attendanceEntrySchema),
});
export type AttendanceSheet = z.infer<typeof attendanceSheetSchema>;
true satisfies Reads<'AttendanceSheetDto', z.output<typeof attendanceSheetSchema>>;

export const attendanceQueryKey = ['attendance'] as const;

export const getAttendanceSheet = (sessionId: string, signal?: AbortSignal) =>
  api.get(`/api/sessions/${encodeURIComponent(sessionId)}/attendance`, attendanceSheetSchema, { signal });

export const getAttendanceSheetQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: [...attendanceQueryKey, 'session', sessionId],
    queryFn: ({ signal }) => getAttendanceSheet(sessionId, signal),
  });

export const useAttendanceSheet = (sessionId: string) => useQuery(getAttendanceSheetQueryOptions(sessionId));
