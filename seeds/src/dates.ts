/**
 * Dates are handled as whole days since 1970-01-01 (UTC) so arithmetic is plain integer maths
 * and no time zone or clock can leak in; they become ISO strings only at the output boundary.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(iso: string): Day {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new RangeError(`expected a 'YYYY-MM-DD' date, got '${iso}'`);
  const day = fromParts(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2025-02-30 over to March; the round trip catches such impossible dates.
  if (formatIsoDate(day) !== iso) throw new RangeError(`'${iso}' is not a real calendar date`);
  return day;
}

export function formatIsoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addYears(day: Day, years: number): Day {
  const date = new Date(day * MS_PER_DAY);
  return fromParts(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate());
}

/** Completed years of age on a given day. */
export function ageOn(birth: Day, on: Day): number {
  const b = new Date(birth * MS_PER_DAY);
  const d = new Date(on * MS_PER_DAY);
  const hadBirthday =
    d.getUTCMonth() > b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() >= b.getUTCDate());
  return d.getUTCFullYear() - b.getUTCFullYear() - (hadBirthday ? 0 : 1);
}

/** The calendar year in which the academic year containing `on` began (academic years run September to August). */
export function academicYearStart(on: Day): number {
  const date = new Date(on * MS_PER_DAY);
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/**
 * Age on 31 August before the current academic year: English schools place pupils in a
 * year group by this age (4 = Reception, 11 = Year 7, 16 = Year 12), not by their age today.
 */
export function academicAge(birth: Day, on: Day): number {
  return ageOn(birth, lastDayOfAugust(academicYearStart(on)));
}

/** First and last birth dates of the cohort with a given academic age in the academic year starting in `startYear`. */
export function birthRangeForAcademicAge(startYear: number, age: number): readonly [Day, Day] {
  return [fromParts(startYear - age - 1, 8, 1), lastDayOfAugust(startYear - age)];
}

function lastDayOfAugust(year: number): Day {
  return fromParts(year, 7, 31);
}

function fromParts(year: number, monthIndex: number, dayOfMonth: number): Day {
  return Math.round(Date.UTC(year, monthIndex, dayOfMonth) / MS_PER_DAY);
}

/** The same day `months` later, or the month's last day when it is shorter (as the API's rules count months). */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromParts(year, month, Math.min(date.getUTCDate(), lastDay));
}
