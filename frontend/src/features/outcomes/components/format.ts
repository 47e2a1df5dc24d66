import type { Indicator } from '../api/indicators';

type Unitised = Pick<Indicator, 'unit' | 'currency'>;

/** A value in the indicator's unit: a count, a percentage (0..100), an amount in its currency or a share of yes. */
export function formatValue(value: number, indicator: Unitised, language: string): string {
  switch (indicator.unit) {
    case 'PERCENT':
    case 'YES_NO':
      return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'CURRENCY':
      if (indicator.currency) {
        try {
          return new Intl.NumberFormat(language, { style: 'currency', currency: indicator.currency, maximumFractionDigits: 0 }).format(value);
        } catch {
          // An unknown code: the number and the code as written.
          return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)} ${indicator.currency}`;
        }
      }
      return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
    default:
      return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  }
}

/** A change, signed: "+12", "−3.5 %" (percentage points for shares). */
export function formatChange(change: number, indicator: Unitised, language: string): string {
  const formatted = formatValue(Math.abs(change), indicator, language);
  if (change > 0) return `+${formatted}`;
  if (change < 0) return `−${formatted}`;
  return formatted;
}

export const formatProgress = (progress: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(progress);

export { formatPlainDate as formatDate, formatPlainDateRange as formatPeriod } from '@/lib/dates';
