/** A whole number in the reader's language. */
export const formatCount = (value: number, language: string) => new Intl.NumberFormat(language).format(value);

/** A share as a whole percent, or null when there is no base to take it of. */
export function formatShare(part: number, base: number, language: string): string | null {
  if (base <= 0) return null;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(part / base);
}

/** A value in its indicator's unit: a count, a percentage (0..100), an amount in its currency, a share answering yes. */
export function formatIndicatorValue(value: number, indicator: { unit: string; currency?: string | null }, language: string): string {
  const number = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(language, options).format(value);
  if (indicator.unit === 'PERCENT' || indicator.unit === 'YES_NO')
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  if (indicator.unit === 'CURRENCY' && indicator.currency) {
    try {
      return number({ style: 'currency', currency: indicator.currency, maximumFractionDigits: 0 });
    } catch {
      return `${number({ maximumFractionDigits: 2 })} ${indicator.currency}`;
    }
  }
  return number({ maximumFractionDigits: indicator.unit === 'CURRENCY' ? 2 : 1 });
}

/** Progress towards a target as a whole percent; 1 = reached. */
export const formatProgress = (progress: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(progress);
