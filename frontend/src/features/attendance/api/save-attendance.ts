import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { attendanceSheetSchema, type AttendanceStatus } from './get-attendance-sheet';

export type AttendanceRecord = {
  enrolmentId: string;
  status: AttendanceStatus;
  note: string | null;
  /** When the trainer tapped it: the server keeps the latest per person, so a replay is harmless. */
  markedAt: string;
};
true satisfies Sends<'AttendanceRequest', { records: AttendanceRecord[] }>;

/** Called by the mark queue, not through a mutation hook: the queue decides when and what to send. */
export const saveAttendance = (sessionId: string, records: AttendanceRecord[]) =>
  api.put(`/api/sessions/${encodeURIComponent(sessionId)}/attendance`, { records }, attendanceSheetSchema);
