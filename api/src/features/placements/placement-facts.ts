import type { Context } from '../../core/graphql/context.js';
import { OfstedRating, type Setting } from '../people/index.js';
import { PlacementStatus, type DistanceBand } from './enums.js';
import type { Placement } from './placement.entity.js';
import { policyFor } from './policy.service.js';
import { providerLocation } from './provider.rules.js';
import { distanceBand, distanceMiles } from './schedule.js';

export interface PlacementFacts {
  setting: Setting;
  outOfArea: boolean;
  distanceMiles: number | null;
  distanceBand: DistanceBand;
  urgentReview: boolean;
}

/**
 * When a provider is judged Inadequate, each child placed there needs a visit after that judgement.
 * Without a recorded inspection date no visit can be shown to be after it, so the flag stays.
 */
export function needsUrgentReview(
  placement: Pick<Placement, 'status' | 'lastVisitOn'>,
  setting: Pick<Setting, 'ofstedRating' | 'ofstedInspectionDate'>,
): boolean {
  if (placement.status !== PlacementStatus.ACTIVE || setting.ofstedRating !== OfstedRating.INADEQUATE) return false;
  return !setting.ofstedInspectionDate || !placement.lastVisitOn || placement.lastVisitOn < setting.ofstedInspectionDate;
}

/** What a placement's provider and home authority say about it: where it is and whether it needs an urgent visit. */
export async function placementFacts(ctx: Context, placement: Placement): Promise<PlacementFacts> {
  const provider = await placement.provider.loadOrFail();
  const [setting, authority, policy] = await Promise.all([
    provider.setting.loadOrFail(),
    placement.localAuthority.loadOrFail(),
    policyFor(ctx, placement.localAuthority.id),
  ]);
  const location = await providerLocation(setting);
  const miles = distanceMiles({ latitude: policy.homeLatitude, longitude: policy.homeLongitude }, setting);
  return {
    setting,
    outOfArea: location.areaAuthorityCode !== authority.code,
    distanceMiles: miles,
    distanceBand: distanceBand(miles),
    urgentReview: needsUrgentReview(placement, setting),
  };
}
