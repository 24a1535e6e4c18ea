/**
 * Calendar dates as this product deals in them: 'YYYY-MM-DD' strings on the council's clock, with the
 * arithmetic done by date-fns. The admin imports this same module (`@send-qa/api/dates`), so a deadline
 * or "today" cannot differ between a screen and the figure behind it. It imports nothing but date-fns.
 */
import { TZDate } from '@date-fns/tz';
import { addDays as addDaysTo, addMonths as addMonthsTo, differenceInCalendarDays, differenceInYears, format, isMatch, parseISO } from 'date-fns';

const parse = (date: string): Date => parseISO(date);
const iso = (date: Date): string => format(date, 'yyyy-MM-dd');

/** Today's date as the calendar in England reads it: in UTC it is still yesterday for the first hour of a summer day. */
export function today(): string {
  return iso(new TZDate(Date.now(), 'Europe/London'));
}

/**
 * The dates the API accepts in any argument: every date this product deals in, with room to spare, and
 * no walk through centuries of periods for a mistyped year.
 */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';

/** A date as report text writes it for an English board: "3 December 2026". */
export function ukDate(date: string): string {
  return format(parse(date), 'd MMMM yyyy');
}

/** 'YYYY-MM-DD' for a year, a 0-based month and a day, either of which may overflow into the next. */
export function isoDate(year: number, month: number, day: number): string {
  return iso(addDaysTo(addMonthsTo(parse(`${String(year).padStart(4, '0')}-01-01`), month), day - 1));
}

/** Whether text is a real calendar date written 'YYYY-MM-DD' (not 2026-02-30). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isMatch(text, 'yyyy-MM-dd');
}

export function addDays(date: string, days: number): string {
  return iso(addDaysTo(parse(date), days));
}

/** The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  return iso(addMonthsTo(parse(date), months));
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parse(to), parse(from));
}

/** Age in whole years on a day (someone born on 29 February turns a year older on 1 March). */
export function ageOn(dateOfBirth: string, day: string): number {
  return differenceInYears(parse(day), parse(dateOfBirth));
}

/** How much of a period (first and last day inclusive) has passed on `asOf`, per cent: 0 before it starts, 100 once it has ended. */
export function elapsedPercent({ start, end }: { start: string; end: string }, asOf: string): number {
  const elapsed = daysBetween(start, asOf) + 1;
  const length = daysBetween(start, end) + 1;
  return Math.min(100, Math.max(0, (100 * elapsed) / length));
}
