/** Today's date as the calendar in England reads it, 'YYYY-MM-DD'. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/* Whole-day arithmetic on 'YYYY-MM-DD' dates, in UTC so that no clock change or time zone shifts a day. */
const MS_PER_DAY = 86_400_000;

/**
 * The dates the API accepts in any argument: every date this product deals in, with room to spare, and
 * no walk through centuries of periods for a mistyped year.
 */
const UK_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as report text writes it for an English board: "3 December 2026". */
export function ukDate(date: string): string {
  return UK_DATE.format(new Date(`${date}T00:00:00Z`));
}

export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';

/**
 * 'YYYY-MM-DD' for a year, a 0-based month and a day, either of which may overflow into the next.
 * Not `Date.UTC`, which reads the years 0–99 as 1900–1999.
 */
export function isoDate(year: number, month: number, day: number): string {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** How much of a period (first and last day inclusive) has passed on `asOf`, per cent: 0 before it starts, 100 once it has ended. */
export function elapsedPercent({ start, end }: { start: string; end: string }, asOf: string): number {
  const elapsed = daysBetween(start, asOf) + 1;
  const length = daysBetween(start, end) + 1;
  return Math.min(100, Math.max(0, (100 * elapsed) / length));
}

/** The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index % 12;
  const lastDay = Number(isoDate(targetYear, targetMonth + 1, 0).slice(8));
  return isoDate(targetYear, targetMonth, Math.min(day, lastDay));
}
