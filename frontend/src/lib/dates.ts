/**
 * Dates as the API sends them. A plain date (YYYY-MM-DD) is a calendar day, the same everywhere:
 * it is read and formatted in UTC so that no time zone moves it to the day before. An instant
 * (ISO-8601, UTC) is shown in the viewer's own time zone unless another is asked for.
 */

export function parsePlainDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const plainDateFormat = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatPlainDate(value: string, language: string): string {
  const date = parsePlainDate(value);
  return date ? plainDateFormat(language).format(date) : value;
}

/** "3–5 Mar 2026", "30 Mar – 2 Apr 2026", or a single day when both are the same. */
export function formatPlainDateRange(start: string, end: string, language: string): string {
  const from = parsePlainDate(start);
  const to = parsePlainDate(end);
  if (!from || !to) return [start, end].filter(Boolean).join(' – ');
  const format = plainDateFormat(language);
  return from.getTime() >= to.getTime() ? format.format(from) : format.formatRange(from, to);
}

/** The viewer's IANA time zone, as her device reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const instantOptions: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** "Tue 3 Mar 2026, 09:15 – 12:15 GMT+5:45": date, times and the zone's abbreviation, in timeZone (the viewer's by default). */
export function formatInstantRange(start: string, end: string, language: string, timeZone?: string): string {
  const from = new Date(start);
  const to = new Date(end);
  const format = new Intl.DateTimeFormat(language, { ...instantOptions, timeZone });
  if (Number.isNaN(from.getTime())) return start;
  if (Number.isNaN(to.getTime()) || to.getTime() <= from.getTime()) return format.format(from);
  return format.formatRange(from, to);
}

export function formatInstant(value: string, language: string, timeZone?: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(language, { ...instantOptions, timeZone }).format(date);
}

/** An instant as a datetime-local input shows it: the wall-clock time in the viewer's zone, to the minute. */
export function toDateTimeLocal(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
