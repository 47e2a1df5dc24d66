/** "55 bytes", "12.5 kB", "1 MB" in the reader's language; bytes spelt out, since "55 byte" reads as a typo. */
export function formatFileSize(bytes: number, language: string): string {
  if (bytes < 1024) {
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  }
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
