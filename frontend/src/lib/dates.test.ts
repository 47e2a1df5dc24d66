import { describe, expect, it, vi } from 'vitest';
import { formatInstantRange, formatPlainDate, formatPlainDateRange } from './dates';

/** Intl separates with thin and no-break spaces; the words are what matter here. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('dates', () => {
  it('keep a plain date on its calendar day whatever the zone', () => {
    // 3 March stays 3 March, also where midnight UTC is still 2 March.
    vi.stubEnv('TZ', 'America/Los_Angeles');
    try {
      expect(new Date('2026-03-03').getDate()).toBe(2);
      expect(plain(formatPlainDate('2026-03-03', 'en'))).toBe('Mar 3, 2026');
      expect(plain(formatPlainDate('2026-03-03', 'fr'))).toBe('3 mars 2026');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('write a range the way the language writes ranges', () => {
    expect(plain(formatPlainDateRange('2026-03-03', '2026-03-05', 'en'))).toBe('Mar 3 – 5, 2026');
    expect(plain(formatPlainDateRange('2026-03-30', '2026-04-02', 'fr'))).toBe('30 mars – 2 avr. 2026');
    expect(plain(formatPlainDateRange('2026-03-03', '2026-03-03', 'es'))).toBe('3 mar 2026');
  });

  it('show an instant range in the zone asked for, with its abbreviation', () => {
    expect(plain(formatInstantRange('2026-03-03T03:15:00Z', '2026-03-03T06:15:00Z', 'en', 'Asia/Kathmandu'))).toBe(
      'Tue, Mar 3, 2026, 9:00 AM – 12:00 PM GMT+5:45',
    );
    expect(plain(formatInstantRange('2026-03-03T03:15:00Z', '2026-03-03T06:15:00Z', 'fr', 'Europe/Paris'))).toBe('mar. 3 mars 2026, 04:15 – 07:15 UTC+1');
  });
});
