/**
 * Reporting periods, in the three calendars the partners report in: councils and the NHS in financial years
 * (April–March), schools and audits in academic years (September–August, in three terms), the DfE's SEN2
 * return in calendar years. Every period-based figure names its calendar, so "Q1" always says which.
 * It imports nothing but the dates module, so the admin can use it too.
 */
import { addDays, daysBetween, isoDate } from './dates.js';

export enum ReportingCalendar {
  FINANCIAL = 'FINANCIAL',
  ACADEMIC = 'ACADEMIC',
  CALENDAR = 'CALENDAR',
}

export enum ReportingFrequency {
  MONTHLY = 'MONTHLY',
  BI_MONTHLY = 'BI_MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  TERMLY = 'TERMLY',
  YEARLY = 'YEARLY',
}

export enum Term {
  AUTUMN = 'AUTUMN',
  SPRING = 'SPRING',
  SUMMER = 'SUMMER',
}

/** One reporting period, first and last day inclusive ('YYYY-MM-DD'). */
export interface Period {
  start: string;
  end: string;
  label: string;
}

/** The month (0-based) each calendar's year starts in. */
const YEAR_STARTS: Record<ReportingCalendar, number> = { FINANCIAL: 3, ACADEMIC: 8, CALENDAR: 0 };

/** How many months a period of each frequency spans; terms follow Easter, not months. */
const MONTHS_LONG: Record<Exclude<ReportingFrequency, ReportingFrequency.TERMLY>, number> = {
  MONTHLY: 1,
  BI_MONTHLY: 2,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const TERM_ORDER: readonly Term[] = [Term.AUTUMN, Term.SPRING, Term.SUMMER];
const TERM_NAMES: Record<Term, string> = { AUTUMN: 'Autumn', SPRING: 'Spring', SUMMER: 'Summer' };

/** The last day of month `month` (0-based, may overflow into later years). */
const lastDay = (year: number, month: number) => isoDate(year, month + 1, 0);
const yearOf = (date: string) => Number(date.slice(0, 4));
const monthOf = (date: string) => Number(date.slice(5, 7)) - 1;

/** A year that straddles two calendar years, as councils and schools write it: "2026/27". */
export const splitYearLabel = (startYear: number): string => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** Whether a frequency can be counted in a calendar: terms belong to the academic year alone. */
export const fitsCalendar = (calendar: ReportingCalendar, frequency: ReportingFrequency): boolean =>
  frequency !== ReportingFrequency.TERMLY || calendar === ReportingCalendar.ACADEMIC;

/**
 * Easter Sunday of a (Gregorian) year, by the anonymous Gregorian computus (Meeus/Jones/Butcher): the
 * spring term ends with it and the summer term starts on it.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month - 1, day);
}

/** The year (by the calendar year it starts in) of a calendar that holds a date. */
export function reportingYearOf(calendar: ReportingCalendar, date: string): number {
  return monthOf(date) >= YEAR_STARTS[calendar] ? yearOf(date) : yearOf(date) - 1;
}

/**
 * A term's first and last day: autumn 1 September to 31 December, spring 1 January to the day before Easter
 * Sunday, summer Easter Sunday to 31 August (the summer holiday counts in the summer term, so every day of
 * the academic year is in exactly one term).
 */
export function termDates(academicYear: number, term: Term): Period {
  const label = `${splitYearLabel(academicYear)} ${TERM_NAMES[term]}`;
  const easter = easterSunday(academicYear + 1);
  switch (term) {
    case Term.AUTUMN:
      return { start: isoDate(academicYear, 8, 1), end: isoDate(academicYear, 11, 31), label };
    case Term.SPRING:
      return { start: isoDate(academicYear + 1, 0, 1), end: addDays(easter, -1), label };
    case Term.SUMMER:
      return { start: easter, end: isoDate(academicYear + 1, 7, 31), label };
  }
}

/** The academic year and term a date falls in. */
export function termOf(date: string): { academicYear: number; term: Term } {
  const academicYear = reportingYearOf(ReportingCalendar.ACADEMIC, date);
  const term = TERM_ORDER.find((t) => termDates(academicYear, t).end >= date)!;
  return { academicYear, term };
}

function monthsLabel(start: string, end: string): string {
  const [from, to] = [start, end].map((d) => `${MONTHS[monthOf(d)]} ${yearOf(d)}`);
  return yearOf(start) === yearOf(end) ? `${MONTHS[monthOf(start)]}–${to}` : `${from}–${to}`;
}

/** The period of a frequency, in a calendar, that holds `date`. Termly periods exist in the academic calendar only. */
export function periodContaining(calendar: ReportingCalendar, frequency: ReportingFrequency, date: string): Period {
  if (frequency === ReportingFrequency.TERMLY) {
    if (!fitsCalendar(calendar, frequency)) throw new RangeError('Terms belong to the academic calendar');
    const { academicYear, term } = termOf(date);
    return termDates(academicYear, term);
  }
  const months = MONTHS_LONG[frequency];
  const year = reportingYearOf(calendar, date);
  const first = YEAR_STARTS[calendar];
  const offset = (monthOf(date) - first + 12) % 12;
  const from = first + offset - (offset % months);
  const start = isoDate(year, from, 1);
  const end = lastDay(year, from + months - 1);
  const yearLabel = calendar === ReportingCalendar.CALENDAR ? String(year) : splitYearLabel(year);
  const index = (offset - (offset % months)) / months + 1;
  const label = {
    MONTHLY: `${MONTHS[monthOf(start)]} ${yearOf(start)}`,
    BI_MONTHLY: monthsLabel(start, end),
    QUARTERLY: `${yearLabel} Q${index}`,
    HALF_YEARLY: `${yearLabel} H${index}`,
    YEARLY: yearLabel,
  }[frequency];
  return { start, end, label };
}

const dayBefore = (date: string) => addDays(date, -1);

/** The `count` periods ending with the one that holds `date`, oldest first. */
export function periodsUpTo(calendar: ReportingCalendar, frequency: ReportingFrequency, date: string, count: number): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(calendar, frequency, date);
  while (periods.length < count) {
    periods.unshift(current);
    current = periodContaining(calendar, frequency, dayBefore(current.start));
  }
  return periods;
}

/** Every period from the one holding `from` to the one holding `to`, oldest first. */
export function periodsBetween(calendar: ReportingCalendar, frequency: ReportingFrequency, from: string, to: string): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(calendar, frequency, to);
  while (current.end >= from) {
    periods.unshift(current);
    current = periodContaining(calendar, frequency, dayBefore(current.start));
  }
  return periods;
}

/**
 * The period a whole term counts in (a termly audit cycle, say): the one holding the term's middle day, so
 * the autumn term is in the financial year's Q3 (October–December) rather than the quarter its first week
 * falls in, and the summer term stays in Q1 whichever side of 1 April Easter falls.
 */
export function periodOfTerm(calendar: ReportingCalendar, frequency: ReportingFrequency, academicYear: number, term: Term): Period {
  return periodContaining(calendar, frequency, termMiddle(academicYear, term));
}

/** The middle day of a term (the earlier of two): the day a whole term counts on. */
export function termMiddle(academicYear: number, term: Term): string {
  const { start, end } = termDates(academicYear, term);
  return addDays(start, Math.floor(daysBetween(start, end) / 2));
}
