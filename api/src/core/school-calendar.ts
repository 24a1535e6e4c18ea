/**
 * The school calendar as this product dates it, shared by the API and the admin (`@send-qa/api/school-calendar`).
 * It imports nothing but the dates and periods modules.
 */
import { addDays, addMonths } from './dates.js';
import { Term, termDates } from './periods.js';

/**
 * The six half-terms of an academic year, two in each term of core/periods.ts (schools' own dates vary by a
 * week or two): autumn 1 from 1 September, autumn 2 from 1 November, spring 1 from 1 January, spring 2 from
 * 15 February, summer 1 from Easter Sunday, summer 2 from 1 June to 31 August.
 */
const HALF_TERM_STARTS: readonly (Term | [month: number, day: number, yearOffset: number])[] = [Term.AUTUMN, [11, 1, 0], Term.SPRING, [2, 15, 1], Term.SUMMER, [6, 1, 1]];

function halfTermStart(academicYear: number, halfTerm: number): string {
  const start = HALF_TERM_STARTS[halfTerm - 1]!;
  if (typeof start === 'string') return termDates(academicYear, start).start;
  const [month, day, offset] = start;
  return `${academicYear + offset}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a half-term. */
export function halfTermEnd(academicYear: number, halfTerm: number): string {
  return halfTerm === 6 ? `${academicYear + 1}-08-31` : addDays(halfTermStart(academicYear, halfTerm + 1), -1);
}

/** The academic year (by the calendar year it starts in) and the half-term (1–6) a date falls in. */
export function halfTermOf(date: string): { academicYear: number; halfTerm: number } {
  const year = Number(date.slice(0, 4));
  const academicYear = date.slice(5) >= '09-01' ? year : year - 1;
  let halfTerm = 6;
  while (halfTerm > 1 && halfTermStart(academicYear, halfTerm) > date) halfTerm -= 1;
  return { academicYear, halfTerm };
}

/**
 * The first day a child is of compulsory school age: a child reaches it on the prescribed day (31 December,
 * 31 March or 31 August) on or after their fifth birthday (Education Act 1996, s. 8), so from the start of the
 * term after it. Before then part-time attendance is the parents' choice, not a reduced timetable.
 */
export function compulsorySchoolAgeFrom(dateOfBirth: string): string {
  const fifthBirthday = addMonths(dateOfBirth, 60);
  const year = Number(fifthBirthday.slice(0, 4));
  return [`${year}-01-01`, `${year}-04-01`, `${year}-09-01`, `${year + 1}-01-01`].find((termStart) => termStart > fifthBirthday)!;
}

/** `compulsorySchoolAgeFrom` in SQL, for a date-of-birth column; test/api/part-time-figures.test.ts holds the two to the same days. */
export function compulsorySchoolAgeFromSql(dateOfBirth: string): string {
  const fifth = `(${dateOfBirth} + interval '60 months')::date`;
  const year = `extract(year from ${fifth})::int`;
  return `(case when ${fifth} < make_date(${year}, 4, 1) then make_date(${year}, 4, 1)
                when ${fifth} < make_date(${year}, 9, 1) then make_date(${year}, 9, 1)
                else make_date(${year} + 1, 1, 1) end)`;
}
