/** A whole number in the reader's language. */
export const formatCount = (value: number, language: string) => new Intl.NumberFormat(language).format(value);

/** A share as a whole percent, or null when there is no base to take it of. */
export function formatShare(part: number, base: number, language: string): string | null {
  if (base <= 0) return null;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(part / base);
}
