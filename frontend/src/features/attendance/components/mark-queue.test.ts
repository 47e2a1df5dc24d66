import { describe, expect, it } from 'vitest';
import { markQueue } from './mark-queue';

const tap = (enrolmentId: string, status: 'PRESENT' | 'LATE' | 'ABSENT' | 'EXCUSED', markedAt = '2026-03-03T09:00:00Z') => ({
  enrolmentId,
  status,
  note: null,
  markedAt,
});

describe('markQueue', () => {
  it('keeps one mark per person: her latest tap wins', () => {
    markQueue.add('s1', [tap('e1', 'PRESENT'), tap('e2', 'PRESENT')]);
    const marks = markQueue.add('s1', [tap('e1', 'ABSENT', '2026-03-03T09:01:00Z')]);

    expect(marks.map(({ enrolmentId, status }) => [enrolmentId, status])).toEqual([
      ['e2', 'PRESENT'],
      ['e1', 'ABSENT'],
    ]);
    expect(marks.find((mark) => mark.enrolmentId === 'e1')!.seq).toBeGreaterThan(marks.find((mark) => mark.enrolmentId === 'e2')!.seq);
  });

  it('forgets what a batch sent and keeps what was tapped while it was on its way', () => {
    const sent = markQueue.add('s1', [tap('e1', 'PRESENT'), tap('e2', 'PRESENT')]);
    const upTo = Math.max(...sent.map((mark) => mark.seq));
    markQueue.add('s1', [tap('e2', 'LATE')]);

    const left = markQueue.removeUpTo('s1', upTo);

    expect(left.map(({ enrolmentId, status }) => [enrolmentId, status])).toEqual([['e2', 'LATE']]);
    expect(markQueue.load('s1')).toEqual(left);
  });

  it('survives a reload: the queue lives in localStorage, one per session', () => {
    markQueue.add('s1', [tap('e1', 'EXCUSED')]);
    markQueue.add('s2', [tap('e9', 'PRESENT')]);

    const stored = JSON.parse(localStorage.getItem('etc.attendance-queue.s1')!) as { marks: unknown[] };
    expect(stored.marks).toHaveLength(1);
    expect(markQueue.load('s1').map((mark) => mark.status)).toEqual(['EXCUSED']);
    expect(markQueue.load('s2').map((mark) => mark.enrolmentId)).toEqual(['e9']);
  });

  it('numbers taps after a reload past those still queued, so a later tap still wins', () => {
    const [first] = markQueue.add('s1', [tap('e1', 'PRESENT')]);
    const [second] = markQueue.add('s1', [tap('e1', 'LATE')]);
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(markQueue.removeUpTo('s1', second.seq)).toEqual([]);
    expect(localStorage.getItem('etc.attendance-queue.s1')).toBeNull();
  });

  it('drops marks the server refused for good, but not a newer tap for the same person', () => {
    const sent = markQueue.add('s1', [tap('e1', 'PRESENT'), tap('e2', 'PRESENT')]);
    const upTo = Math.max(...sent.map((mark) => mark.seq));
    expect(markQueue.drop('s1', ['e1'], upTo).map((mark) => mark.enrolmentId)).toEqual(['e2']);
  });
});
