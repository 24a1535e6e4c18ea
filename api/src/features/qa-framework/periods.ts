import { isoDate as iso } from '../../core/dates.js';
import { KpiFrequency } from './enums.js';

/** One reporting period, first and last day inclusive ('YYYY-MM-DD'). */
export interface Period {
  start: string;
  end: string;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The last day of month `month` (0-based, may overflow into later years). */
const lastDay = (year: number, month: number) => iso(year, month + 1, 0);

/**
 * Terms as the QA framework reports them: autumn September–December, spring January–March, summer
 * April–August. The audit cycles' own term and academic year follow the same calendar.
 */
function termOf(year: number, month: number): Period {
  if (month >= 8) return { start: iso(year, 8, 1), end: lastDay(year, 11), label: `${year}/${String((year + 1) % 100).padStart(2, '0')} Autumn` };
  const academic = `${year - 1}/${String(year % 100).padStart(2, '0')}`;
  if (month <= 2) return { start: iso(year, 0, 1), end: lastDay(year, 2), label: `${academic} Spring` };
  return { start: iso(year, 3, 1), end: lastDay(year, 7), label: `${academic} Summer` };
}

/** The period of the given frequency that contains `date`. */
export function periodContaining(frequency: KpiFrequency, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  switch (frequency) {
    case KpiFrequency.MONTHLY:
      return { start: iso(year, month, 1), end: lastDay(year, month), label: `${MONTHS[month]} ${year}` };
    case KpiFrequency.QUARTERLY: {
      const first = month - (month % 3);
      return { start: iso(year, first, 1), end: lastDay(year, first + 2), label: `${year} Q${first / 3 + 1}` };
    }
    case KpiFrequency.TERMLY:
      return termOf(year, month);
  }
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The `count` periods ending with the one that contains `date`, oldest first. */
export function periodsUpTo(frequency: KpiFrequency, date: string, count: number): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(frequency, date);
  while (periods.length < count) {
    periods.unshift(current);
    current = periodContaining(frequency, dayBefore(current.start));
  }
  return periods;
}

/** Every period from the one containing `from` to the one containing `to`, oldest first. */
export function periodsBetween(frequency: KpiFrequency, from: string, to: string): Period[] {
  const periods: Period[] = [];
  let current = periodContaining(frequency, to);
  while (current.end >= from) {
    periods.unshift(current);
    current = periodContaining(frequency, dayBefore(current.start));
  }
  return periods;
}
