/**
 * Calendar dates as the API sends them (ISO "YYYY-MM-DD"), on the council's clock: "today" is today in
 * England, not in UTC, which is still yesterday for the first hour of a summer day.
 */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export const today = (): string => LONDON_DATE.format(new Date());

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A period that had not ended on the day its figures were taken, in words: "partial: 40% of the term gone". */
export const partialNote = (elapsedPercent: number, period = 'period'): string => `partial: ${Math.round(elapsedPercent)}% of the ${period} gone`;
