import { addMonths } from '../../core/dates.js';
import { DistanceBand } from './enums.js';

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
