/**
 * Calendar dates as this product deals in them: 'YYYY-MM-DD' strings on the council's clock, with the
 * arithmetic done by date-fns. The admin imports this same module (`@send-qa/api/dates`), so a deadline
 * or "today" cannot differ between a screen and the figure behind it. It imports nothing but date-fns.
 */
import { TZDate } from '@date-fns/tz';
import { addDays as addDaysTo, addMonths as addMonthsTo, differenceInCalendarDays, differenceInYears, format, parseISO } from 'date-fns';

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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written in `text` from `from` to `to`, or NaN if anything there is not a digit. */
function digitsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Whether text is a real calendar date written 'YYYY-MM-DD' (not 2026-02-30). Worked out with no Date
 * or parse: every date the API answers with is checked by it (see core/graphql/local-date.ts).
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  const year = digitsIn(text, 0, 4);
  const month = digitsIn(text, 5, 7);
  const day = digitsIn(text, 8, 10);
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
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
