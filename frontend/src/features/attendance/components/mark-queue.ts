import type { AttendanceRecord } from '../api/save-attendance';

/** A mark tapped on this phone and not yet confirmed by the server; seq orders taps on this device. */
export type QueuedMark = AttendanceRecord & { seq: number };

type Stored = { next: number; marks: QueuedMark[] };

const storageKey = (sessionId: string) => `etc.attendance-queue.${sessionId}`;

function read(sessionId: string): Stored {
  try {
    const raw = localStorage.getItem(storageKey(sessionId));
    const parsed = raw ? (JSON.parse(raw) as Partial<Stored>) : null;
    if (parsed && Array.isArray(parsed.marks) && typeof parsed.next === 'number') return { next: parsed.next, marks: parsed.marks };
  } catch {
    // Unreadable or blocked storage: start from an empty queue.
  }
  return { next: 1, marks: [] };
}

function write(sessionId: string, stored: Stored) {
  try {
    if (stored.marks.length === 0) localStorage.removeItem(storageKey(sessionId));
    else localStorage.setItem(storageKey(sessionId), JSON.stringify(stored));
  } catch {
    // Storage full or blocked: the marks still live in memory until the page closes.
  }
}

/**
 * The marks a trainer tapped for one session, kept in localStorage so that a reload, a closed tab
 * or a lost connection loses none of them. One mark per person: a later tap replaces hers.
 */
export const markQueue = {
  load: (sessionId: string): QueuedMark[] => read(sessionId).marks,

  add(sessionId: string, records: AttendanceRecord[]): QueuedMark[] {
    const stored = read(sessionId);
    let next = stored.next;
    const marks = stored.marks.filter((mark) => !records.some((record) => record.enrolmentId === mark.enrolmentId));
    for (const record of records) marks.push({ ...record, seq: next++ });
    write(sessionId, { next, marks });
    return marks;
  },

  /** After the server took a batch: forget what it held, keep what was tapped since (a higher seq). */
  removeUpTo(sessionId: string, seq: number): QueuedMark[] {
    const stored = read(sessionId);
    const marks = stored.marks.filter((mark) => mark.seq > seq);
    write(sessionId, { next: stored.next, marks });
    return marks;
  },

  /** Marks the server refuses for good (she holds no seat any more): sending them again cannot help. */
  drop(sessionId: string, enrolmentIds: string[], upToSeq: number): QueuedMark[] {
    const stored = read(sessionId);
    const marks = stored.marks.filter((mark) => !(enrolmentIds.includes(mark.enrolmentId) && mark.seq <= upToSeq));
    write(sessionId, { next: stored.next, marks });
    return marks;
  },
};
