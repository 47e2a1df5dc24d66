import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getAttendanceSheetQueryOptions } from '../api/get-attendance-sheet';
import { saveAttendance, type AttendanceRecord } from '../api/save-attendance';
import { ApiError, NetworkError } from '@/lib/api-client';
import { markQueue, type QueuedMark } from './mark-queue';

const SEND_AFTER_MS = 1_000;

export type MarkQueueState = {
  pending: QueuedMark[];
  online: boolean;
  sending: boolean;
  /** The last batch failed for a reason other than the connection. */
  error: unknown;
  /** Field errors the server gave for a person, by enrolment id. */
  errors: Record<string, string>;
  mark: (records: AttendanceRecord[]) => void;
  flush: () => Promise<void>;
};

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * Taps go to the local queue at once and to the server in batches, a second after the last tap,
 * when the page loads and when the connection comes back. The server keeps the latest mark per
 * person, so sending a batch twice is harmless.
 */
export function useMarkQueue(sessionId: string, delay = SEND_AFTER_MS): MarkQueueState {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<QueuedMark[]>(() => markQueue.load(sessionId));
  const [online, setOnline] = useState(isOnline);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const batch = markQueue.load(sessionId);
    if (batch.length === 0 || !isOnline()) return;
    inFlight.current = true;
    setSending(true);
    const upTo = Math.max(...batch.map((mark) => mark.seq));
    try {
      const sheet = await saveAttendance(
        sessionId,
        batch.map(({ enrolmentId, status, note, markedAt }) => ({ enrolmentId, status, note, markedAt })),
      );
      setPending(markQueue.removeUpTo(sessionId, upTo));
      queryClient.setQueryData(getAttendanceSheetQueryOptions(sessionId).queryKey, sheet);
      setError(null);
      setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([id]) => !batch.some((mark) => mark.enrolmentId === id))));
    } catch (failure) {
      if (failure instanceof NetworkError) {
        setOnline(isOnline());
      } else if (failure instanceof ApiError && failure.status === 400 && failure.fieldErrors.length > 0) {
        // records[i].enrolmentId names the record at fault: set it aside, send the others again.
        const refused: Record<string, string> = {};
        for (const fieldError of failure.fieldErrors) {
          const index = /^records\[(\d+)\]/.exec(fieldError.field)?.[1];
          const mark = index === undefined ? undefined : batch[Number(index)];
          if (mark) refused[mark.enrolmentId] = fieldError.messageKey ?? fieldError.message ?? 'validation.invalid-value';
        }
        if (Object.keys(refused).length > 0) {
          setErrors((previous) => ({ ...previous, ...refused }));
          setPending(markQueue.drop(sessionId, Object.keys(refused), upTo));
          again.current = true;
        } else {
          setError(failure);
        }
      } else {
        setError(failure);
      }
    } finally {
      inFlight.current = false;
      setSending(false);
    }
    if (again.current) {
      again.current = false;
      void flush();
    }
  }, [sessionId, queryClient]);

  const mark = useCallback(
    (records: AttendanceRecord[]) => {
      if (records.length === 0) return;
      setPending(markQueue.add(sessionId, records));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [sessionId, flush, delay],
  );

  useEffect(() => {
    setPending(markQueue.load(sessionId));
    void flush();
    const goOnline = () => {
      setOnline(true);
      void flush();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      clearTimeout(timer.current);
      // Leaving the page sends what is waiting rather than holding it until she comes back.
      if (markQueue.load(sessionId).length > 0) void flush();
    };
  }, [sessionId, flush]);

  return { pending, online, sending, error, errors, mark, flush };
}
