import { describe, expect, it } from 'vitest';
import {
  ReportingCalendar,
  ReportingFrequency,
  Term,
  easterSunday,
  fitsCalendar,
  periodContaining,
  periodOfTerm,
  periodsBetween,
  periodsUpTo,
  termDates,
  termOf,
} from '../../api/src/core/periods.js';

const { FINANCIAL, ACADEMIC, CALENDAR } = ReportingCalendar;
const { MONTHLY, BI_MONTHLY, QUARTERLY, HALF_YEARLY, TERMLY, YEARLY } = ReportingFrequency;
const CALENDARS = Object.values(ReportingCalendar);
const FREQUENCIES = Object.values(ReportingFrequency);

/** Days walked as whole days since 1970 in UTC, independently of the module's date arithmetic. */
const MS_PER_DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
const fromDayNumber = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
function* days(from: string, to: string): Generator<string> {
  for (let n = dayNumber(from); n <= dayNumber(to); n += 1) yield fromDayNumber(n);
}

/** Easter Sundays as the Church of England's tables list them. */
const EASTERS = { 2000: '2000-04-23', 2011: '2011-04-24', 2016: '2016-03-27', 2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2038: '2038-04-25', 2285: '2285-03-22' };

describe('Easter', () => {
  it.each(Object.entries(EASTERS))('falls in %s on %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const easter = easterSunday(year);
      expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('terms', () => {
  it('run autumn September–December, spring January to Easter, summer from Easter Sunday to the end of August', () => {
    expect(termDates(2023, Term.AUTUMN)).toEqual({ start: '2023-09-01', end: '2023-12-31', label: '2023/24 Autumn' });
    expect(termDates(2023, Term.SPRING)).toEqual({ start: '2024-01-01', end: '2024-03-30', label: '2023/24 Spring' });
    expect(termDates(2023, Term.SUMMER)).toEqual({ start: '2024-03-31', end: '2024-08-31', label: '2023/24 Summer' });
    expect(termDates(2025, Term.SPRING).end).toBe('2026-04-04');
    expect(termDates(2025, Term.SUMMER).start).toBe('2026-04-05');
    expect(termDates(2026, Term.SPRING).end).toBe('2027-03-27');
  });

  it('put every day of an academic year in exactly one term, August in summer', () => {
    for (const academicYear of [2023, 2024, 2025, 2026]) {
      const terms = Object.values(Term).map((t) => ({ term: t, ...termDates(academicYear, t) }));
      for (const day of days(`${academicYear}-09-01`, `${academicYear + 1}-08-31`)) {
        const holding = terms.filter((t) => t.start <= day && day <= t.end);
        expect(holding, day).toHaveLength(1);
        expect(termOf(day)).toEqual({ academicYear, term: holding[0]!.term });
      }
    }
    expect(termOf('2026-08-31')).toEqual({ academicYear: 2025, term: Term.SUMMER });
  });
});

/**
 * The period holding a day, worked out the long way: the calendar's year starts in its month, periods are
 * consecutive runs of whole months counted from it; labels follow the councils' written forms.
 */
function expected(calendar: ReportingCalendar, frequency: ReportingFrequency, day: string): { start: string; label: string } {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  if (frequency === TERMLY) {
    const academic = m >= 9 ? y : y - 1;
    const name = `${academic}/${String(academic + 1).slice(2)}`;
    if (m >= 9) return { start: `${academic}-09-01`, label: `${name} Autumn` };
    const easter = EASTERS[(academic + 1) as keyof typeof EASTERS];
    return day < easter ? { start: `${y}-01-01`, label: `${name} Spring` } : { start: easter, label: `${name} Summer` };
  }
  const firstMonth = { FINANCIAL: 4, ACADEMIC: 9, CALENDAR: 1 }[calendar];
  const yearStart = m >= firstMonth ? y : y - 1;
  const monthsIn = (m - firstMonth + 12) % 12;
  const length = { MONTHLY: 1, BI_MONTHLY: 2, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 }[frequency];
  const index = Math.floor(monthsIn / length);
  const startMonth0 = firstMonth - 1 + index * length;
  const startYear = yearStart + Math.floor(startMonth0 / 12);
  const start = `${startYear}-${String((startMonth0 % 12) + 1).padStart(2, '0')}-01`;
  const year = calendar === CALENDAR ? `${yearStart}` : `${yearStart}/${String(yearStart + 1).slice(2)}`;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const endMonth0 = startMonth0 + length - 1;
  const endYear = yearStart + Math.floor(endMonth0 / 12);
  const label = {
    MONTHLY: `${names[startMonth0 % 12]} ${startYear}`,
    BI_MONTHLY:
      startYear === endYear ? `${names[startMonth0 % 12]}–${names[endMonth0 % 12]} ${endYear}` : `${names[startMonth0 % 12]} ${startYear}–${names[endMonth0 % 12]} ${endYear}`,
    QUARTERLY: `${year} Q${index + 1}`,
    HALF_YEARLY: `${year} H${index + 1}`,
    YEARLY: year,
  }[frequency];
  return { start, label };
}

describe('reporting periods', () => {
  it('label financial quarters and halves as councils and the NHS write them', () => {
    expect(periodContaining(FINANCIAL, QUARTERLY, '2026-04-01')).toEqual({ start: '2026-04-01', end: '2026-06-30', label: '2026/27 Q1' });
    expect(periodContaining(FINANCIAL, QUARTERLY, '2027-03-31')).toEqual({ start: '2027-01-01', end: '2027-03-31', label: '2026/27 Q4' });
    expect(periodContaining(FINANCIAL, HALF_YEARLY, '2026-09-30')).toEqual({ start: '2026-04-01', end: '2026-09-30', label: '2026/27 H1' });
    expect(periodContaining(FINANCIAL, HALF_YEARLY, '2026-10-01')).toEqual({ start: '2026-10-01', end: '2027-03-31', label: '2026/27 H2' });
    expect(periodContaining(FINANCIAL, YEARLY, '2027-02-28')).toEqual({ start: '2026-04-01', end: '2027-03-31', label: '2026/27' });
    expect(periodContaining(FINANCIAL, BI_MONTHLY, '2027-01-15')).toEqual({ start: '2026-12-01', end: '2027-01-31', label: 'Dec 2026–Jan 2027' });
  });

  it('label calendar and academic periods', () => {
    expect(periodContaining(CALENDAR, QUARTERLY, '2026-02-10')).toEqual({ start: '2026-01-01', end: '2026-03-31', label: '2026 Q1' });
    expect(periodContaining(CALENDAR, BI_MONTHLY, '2026-04-30')).toEqual({ start: '2026-03-01', end: '2026-04-30', label: 'Mar–Apr 2026' });
    expect(periodContaining(CALENDAR, YEARLY, '2026-12-31')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026' });
    expect(periodContaining(ACADEMIC, YEARLY, '2026-08-31')).toEqual({ start: '2025-09-01', end: '2026-08-31', label: '2025/26' });
    expect(periodContaining(ACADEMIC, TERMLY, '2026-04-04').label).toBe('2025/26 Spring');
    expect(periodContaining(CALENDAR, MONTHLY, '2024-02-29')).toEqual({ start: '2024-02-01', end: '2024-02-29', label: 'Feb 2024' });
  });

  it('keep terms to the academic calendar', () => {
    expect(fitsCalendar(ACADEMIC, TERMLY)).toBe(true);
    expect(fitsCalendar(FINANCIAL, TERMLY)).toBe(false);
    expect(() => periodContaining(CALENDAR, TERMLY, '2026-01-01')).toThrow(RangeError);
  });

  const combinations = CALENDARS.flatMap((c) => FREQUENCIES.filter((f) => fitsCalendar(c, f)).map((f) => [c, f] as const));

  it.each(combinations)('in %s %s, hold every day of four years in exactly one period, the one worked out independently', (calendar, frequency) => {
    const [from, to] = ['2024-01-01', '2027-12-31'];
    const periods = periodsBetween(calendar, frequency, from, to);
    for (let i = 1; i < periods.length; i += 1) expect(dayNumber(periods[i]!.start)).toBe(dayNumber(periods[i - 1]!.end) + 1);
    for (const day of days(from, to)) {
      const holding = periods.filter((p) => p.start <= day && day <= p.end);
      expect(holding, day).toHaveLength(1);
      const { start, label } = expected(calendar, frequency, day);
      expect(holding[0]).toMatchObject({ start, label });
      expect(periodContaining(calendar, frequency, day)).toEqual(holding[0]);
    }
  });

  it.each(combinations)('in %s %s, count back the periods up to a day, oldest first', (calendar, frequency) => {
    const periods = periodsUpTo(calendar, frequency, '2026-12-03', 5);
    expect(periods).toHaveLength(5);
    expect(periods[4]).toEqual(periodContaining(calendar, frequency, '2026-12-03'));
    for (let i = 1; i < 5; i += 1) expect(dayNumber(periods[i]!.start)).toBe(dayNumber(periods[i - 1]!.end) + 1);
  });
});

describe('the period a term counts in', () => {
  it('is the one holding its middle day', () => {
    expect(periodOfTerm(FINANCIAL, QUARTERLY, 2025, Term.AUTUMN).label).toBe('2025/26 Q3');
    expect(periodOfTerm(FINANCIAL, QUARTERLY, 2025, Term.SPRING).label).toBe('2025/26 Q4');
    // Easter 2024 fell on 31 March: the summer term still counts in the financial year it is nearly all in.
    expect(periodOfTerm(FINANCIAL, QUARTERLY, 2023, Term.SUMMER).label).toBe('2024/25 Q1');
    expect(periodOfTerm(FINANCIAL, YEARLY, 2023, Term.SUMMER).label).toBe('2024/25');
    expect(periodOfTerm(CALENDAR, YEARLY, 2025, Term.AUTUMN).label).toBe('2025');
    for (const term of Object.values(Term)) expect(periodOfTerm(ACADEMIC, TERMLY, 2026, term)).toEqual(termDates(2026, term));
  });
});
