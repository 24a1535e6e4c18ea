import { OfstedRating } from '../people/enums.js';
import { DistanceBand } from './enums.js';

/**
 * Months within which Ofsted is expected to inspect again after each judgement; a judgement older than
 * this is out of date. Independent schools are inspected on a three-year cycle, sooner after a poor one.
 */
export const REINSPECTION_WINDOW_MONTHS: Record<OfstedRating, number> = {
  [OfstedRating.OUTSTANDING]: 36,
  [OfstedRating.GOOD]: 36,
  [OfstedRating.REQUIRES_IMPROVEMENT]: 30,
  [OfstedRating.INADEQUATE]: 12,
  [OfstedRating.NOT_YET_INSPECTED]: 0,
};

/** Days ahead in which a visit counts as falling due, and a contract as ending soon. */
export const VISIT_DUE_SOON_DAYS = 30;
export const CONTRACT_ENDING_DAYS = 90;

/**
 * Where each home authority's distances are measured from (its county or city hall), by DfE code.
 * Authorities not listed have no distance band.
 */
export const HOME_LOCATIONS: Record<string, { latitude: number; longitude: number }> = {
  '873': { latitude: 52.2115, longitude: 0.113 },
  '874': { latitude: 52.5728, longitude: -0.2413 },
};

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function inspectionOutOfDate(rating: OfstedRating, lastInspectionDate: string | null | undefined, asOf: string): boolean {
  if (!lastInspectionDate) return true;
  return addMonths(lastInspectionDate, REINSPECTION_WINDOW_MONTHS[rating]) < asOf;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function distanceBand(homeCode: string, provider: { latitude: number; longitude: number }): DistanceBand {
  const home = HOME_LOCATIONS[homeCode];
  if (!home) return DistanceBand.UNKNOWN;
  const km = distanceKm(home, provider);
  if (km < 20) return DistanceBand.UNDER_20_KM;
  if (km < 50) return DistanceBand.FROM_20_TO_50_KM;
  if (km < 100) return DistanceBand.FROM_50_TO_100_KM;
  return DistanceBand.OVER_100_KM;
}

/** The next visit is due a frequency after the last one done, or after the start if none has been. */
export function nextVisitDue(startDate: string, lastVisitDate: string | null, frequencyMonths: number): string {
  return addMonths(lastVisitDate ?? startDate, frequencyMonths);
}
