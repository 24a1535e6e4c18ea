import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, daysBetween, elapsedPercent, isIsoDate, isoDate, today, ukDate } from '../../api/src/core/dates.js';
import { compulsorySchoolAgeFrom, halfTermEnd, halfTermOf } from '../../api/src/core/school-calendar.js';

/** Dates worked out independently, as whole days since 1970 in UTC, where no clock change can reach. */
const MS_PER_DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
const fromDayNumber = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

const dates = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-12-31') }).map(fromDayNumber);
const zones = fc.constantFrom('UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata');

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
  vi.useRealTimers();
});

describe('the dates module', () => {
  it('adds and counts whole days exactly, in whatever time zone the server runs', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -800, max: 800 }), zones, (date, days, zone) => {
        process.env.TZ = zone;
        expect(addDays(date, days)).toBe(fromDayNumber(dayNumber(date) + days));
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('crosses the clock changes without losing or gaining a day', () => {
    process.env.TZ = 'Europe/London';
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
  });

  it('adds months to the same day, or to the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    fc.assert(
      fc.property(dates, fc.integer({ min: -36, max: 36 }), (date, months) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const index = y * 12 + (m - 1) + months;
        const year = Math.floor(index / 12);
        const month = index % 12;
        const monthLength = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
        const expected = `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, monthLength)).padStart(2, '0')}`;
        expect(addMonths(date, months)).toBe(expected);
      }),
    );
  });

  it('builds dates from a year, a 0-based month and a day that may overflow', () => {
    expect(isoDate(2026, 0, 1)).toBe('2026-01-01');
    expect(isoDate(2026, 12, 1)).toBe('2027-01-01');
    expect(isoDate(2026, 2, 0)).toBe('2026-02-28');
    expect(isoDate(2028, 2, 0)).toBe('2028-02-29');
    expect(isoDate(2026, -1, 31)).toBe('2025-12-31');
  });

  it('reads today on the clock in England, not in UTC', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-06-30T23:30:00Z'));
    expect(today()).toBe('2026-07-01');
    vi.setSystemTime(new Date('2026-12-31T23:30:00Z'));
    expect(today()).toBe('2026-12-31');
    process.env.TZ = 'Pacific/Auckland';
    expect(today()).toBe('2026-12-31');
  });

  it('writes dates as an English board reads them', () => {
    expect(ukDate('2026-12-03')).toBe('3 December 2026');
    expect(ukDate('2027-01-31')).toBe('31 January 2027');
  });

  it('measures how much of a period has gone, both ends included', () => {
    const term = { start: '2026-09-01', end: '2026-12-31' };
    expect(elapsedPercent(term, '2026-08-31')).toBe(0);
    expect(elapsedPercent(term, '2026-09-01')).toBeCloseTo(100 / 122);
    expect(elapsedPercent(term, '2026-10-31')).toBeCloseTo((100 * 61) / 122);
    expect(elapsedPercent(term, '2026-12-31')).toBe(100);
    expect(elapsedPercent(term, '2027-03-01')).toBe(100);
  });
});

describe('the school calendar', () => {
  it('puts each day in its half-term, and each half-term ends the day before the next begins', () => {
    expect(halfTermOf('2026-09-01')).toEqual({ academicYear: 2026, halfTerm: 1 });
    expect(halfTermOf('2026-10-31')).toEqual({ academicYear: 2026, halfTerm: 1 });
    expect(halfTermOf('2026-11-01')).toEqual({ academicYear: 2026, halfTerm: 2 });
    expect(halfTermOf('2027-01-01')).toEqual({ academicYear: 2026, halfTerm: 3 });
    expect(halfTermOf('2027-02-14')).toEqual({ academicYear: 2026, halfTerm: 3 });
    expect(halfTermOf('2027-02-15')).toEqual({ academicYear: 2026, halfTerm: 4 });
    // Summer 1 starts with the summer term, on Easter Sunday (28 March in 2027).
    expect(halfTermOf('2027-03-27')).toEqual({ academicYear: 2026, halfTerm: 4 });
    expect(halfTermOf('2027-03-28')).toEqual({ academicYear: 2026, halfTerm: 5 });
    expect(halfTermOf('2027-06-01')).toEqual({ academicYear: 2026, halfTerm: 6 });
    expect(halfTermOf('2027-08-31')).toEqual({ academicYear: 2026, halfTerm: 6 });
    fc.assert(
      fc.property(dates, (date) => {
        const { academicYear, halfTerm } = halfTermOf(date);
        const end = halfTermEnd(academicYear, halfTerm);
        expect(end >= date).toBe(true);
        expect(halfTermOf(end)).toEqual({ academicYear, halfTerm });
        const next = halfTermOf(addDays(end, 1));
        expect(next).toEqual(halfTerm === 6 ? { academicYear: academicYear + 1, halfTerm: 1 } : { academicYear, halfTerm: halfTerm + 1 });
      }),
    );
  });
});

describe('date text', () => {
  it('accepts real calendar dates written YYYY-MM-DD and nothing else', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const text of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-01', '01/02/2026', '2026-01-01T00:00', '']) expect(isIsoDate(text)).toBe(false);
    fc.assert(fc.property(dates, (date) => isIsoDate(date)));
  });

  it("accepts exactly what graphql-scalars' LocalDate accepts (the API's dates are checked by it on the way out)", () => {
    // LocalDate's own test: the pattern, then a Date of that day that writes back the same day.
    const scalarAccepts = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString() === `${text}T00:00:00.000Z`;
    const digit = fc.constantFrom(...'0123456789');
    const written = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }))
      .map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`);
    fc.assert(fc.property(fc.oneof(written, dates, fc.string({ maxLength: 12 })), (text) => isIsoDate(text) === scalarAccepts(text)), { numRuns: 20_000 });
    for (const text of ['1900-02-29', '2000-02-29', '2100-02-28', '0000-01-01', '9999-12-31', '2026-04-31', '2026-00-10', '2026-10-00']) {
      expect(isIsoDate(text)).toBe(scalarAccepts(text));
    }
  });
});

describe('compulsory school age', () => {
  it('begins with the term after the prescribed day (31 March, 31 August, 31 December) on or after the fifth birthday', () => {
    expect(compulsorySchoolAgeFrom('2021-01-01')).toBe('2026-04-01');
    expect(compulsorySchoolAgeFrom('2021-03-31')).toBe('2026-04-01');
    expect(compulsorySchoolAgeFrom('2021-04-01')).toBe('2026-09-01');
    expect(compulsorySchoolAgeFrom('2021-08-31')).toBe('2026-09-01');
    expect(compulsorySchoolAgeFrom('2021-09-01')).toBe('2027-01-01');
    expect(compulsorySchoolAgeFrom('2020-12-31')).toBe('2026-01-01');
    // A leap-day birthday falls on 28 February in other years.
    expect(compulsorySchoolAgeFrom('2020-02-29')).toBe('2025-04-01');
  });
});
