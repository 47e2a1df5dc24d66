import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Sends } from '@/lib/api-contract';
import { attendanceEntrySchema } from './get-attendance-sheet';

/** Six digits; spaces a phone keyboard or a copy may add are dropped. */
export const checkInInputSchema = z.object({
  code: z.pipe(
    z.string().check(z.trim()),
    z.transform((value) => value.replace(/\s+/g, '')),
  ).check(z.regex(/^\d{6}$/, { error: 'attendance.code-format' })),
});
export type CheckInInput = z.output<typeof checkInInputSchema>;
true satisfies Sends<'CheckInRequest', CheckInInput>;

export const checkIn = ({ sessionId, input }: { sessionId: string; input: CheckInInput }) =>
  api.post(`/api/sessions/${encodeURIComponent(sessionId)}/check-in`, input, attendanceEntrySchema);

export const useCheckIn = () => useMutation({ mutationFn: checkIn });
