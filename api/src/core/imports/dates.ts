import { EARLIEST_DATE, LATEST_DATE } from '../dates.js';

/** How a cell read as a date: the ISO date, or why not. */
export type DateReading =
  /**
   * `iso`: yyyy-mm-dd. `dayFirst`: only day-first reads it (13/05/2026). `either`: both parts could be
   * the month (03/05/2026), read day-first. `monthFirst`: only month-first reads it (05/13/2026).
   */
  | { date: string; order: 'iso' | 'dayFirst' | 'either' | 'monthFirst' }
  | { error: { rule: string; message: string } };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;
/** Day, month, year with a four-digit year: 3/12/2026, 03-12-2026, 03.12.2026. */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const TWO_DIGIT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/;

function valid(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const iso = date.toISOString().slice(0, 10);
  return iso >= EARLIEST_DATE && iso <= LATEST_DATE ? iso : null;
}

const notADate = { rule: 'date', message: 'must be a date written dd/mm/yyyy or yyyy-mm-dd' };

/**
 * A date as councils' exports write it: ISO (2026-12-03) or UK day-first (03/12/2026, 3/12/2026,
 * 03-12-2026). Two-digit years are refused as ambiguous (is 03/04/26 the 26th?). A cell whose second
 * part cannot be a month (12/31/2026) is month-first: the engine refuses it, and then every other
 * day-first-looking date in the same column too, since that column may be month-first throughout.
 */
export function readDate(text: string): DateReading {
  const iso = ISO.exec(text);
  if (iso) {
    const date = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, order: 'iso' } : { error: notADate };
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const [first, second, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const date = valid(year, second, first);
    if (date) return { date, order: first <= 12 && first !== second ? 'either' : 'dayFirst' };
    const swapped = valid(year, first, second);
    if (swapped) return { date: swapped, order: 'monthFirst' };
    return { error: notADate };
  }
  if (TWO_DIGIT_YEAR.test(text)) return { error: { rule: 'ambiguousDate', message: 'has a two-digit year: write the year in full (dd/mm/yyyy)' } };
  return { error: notADate };
}
