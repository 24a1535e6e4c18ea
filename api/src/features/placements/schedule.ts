import { DistanceBand } from './enums.js';

/** Date arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so that no clock or time zone leaks in. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** A placement's next visit falls due an interval after its last completed visit, or after it started. */
export function nextVisitDue(placement: { startDate: string; visitIntervalMonths: number; lastVisitOn?: string | null }): string {
  return addMonths(placement.lastVisitOn ?? placement.startDate, placement.visitIntervalMonths);
}

/** Active on a date: started by then and not yet ended. */
export function activeOn(placement: { startDate: string; endedOn?: string | null }, date: string): boolean {
  return placement.startDate <= date && (!placement.endedOn || placement.endedOn > date);
}

const EARTH_RADIUS_MILES = 3958.8;

/** Straight-line (great-circle) distance in miles; road distance is longer, but this is what can be computed from a postcode's coordinates. */
export function distanceMiles(from: { latitude?: number | null; longitude?: number | null }, to: { latitude?: number | null; longitude?: number | null }): number | null {
  if (from.latitude == null || from.longitude == null || to.latitude == null || to.longitude == null) return null;
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(to.latitude - from.latitude);
  const dLon = rad(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(from.latitude)) * Math.cos(rad(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(a));
}

export function distanceBand(miles: number | null): DistanceBand {
  if (miles === null) return DistanceBand.UNKNOWN;
  if (miles < 20) return DistanceBand.UNDER_20_MILES;
  if (miles < 50) return DistanceBand.MILES_20_TO_50;
  if (miles < 100) return DistanceBand.MILES_50_TO_100;
  return DistanceBand.OVER_100_MILES;
}
