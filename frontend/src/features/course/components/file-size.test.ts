import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('spells out bytes and abbreviates larger units, in the reader language', () => {
    expect(formatFileSize(55, 'en')).toBe('55 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(55, 'fr')).toMatch(/^55\soctets$/); // French puts a no-break space
    expect(formatFileSize(12_800, 'en')).toBe('12.5 kB');
    expect(formatFileSize(1024 * 1024, 'en')).toBe('1 MB');
  });
});
