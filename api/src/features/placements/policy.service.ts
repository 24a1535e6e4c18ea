import type { Context } from '../../core/graphql/context.js';
import { CommissioningPolicy, POLICY_DEFAULTS } from './policy.entity.js';

export type Policy = Pick<
  CommissioningPolicy,
  'visitIntervalMonths' | 'visitDueSoonDays' | 'ofstedReinspectionMonths' | 'homeLatitude' | 'homeLongitude' | 'baselineDate' | 'baselineCount' | 'targetReductionPercent' | 'targetDate'
>;

const DEFAULT_POLICY: Policy = { ...POLICY_DEFAULTS, homeLatitude: null, homeLongitude: null, baselineDate: null, baselineCount: null, targetReductionPercent: null, targetDate: null };

/** One query per request for every authority's policy, however many records ask for it. */
const cache = new WeakMap<Context, Promise<Map<string, Policy>>>();

export async function policyFor(ctx: Context, localAuthorityId: string): Promise<Policy> {
  let loaded = cache.get(ctx);
  if (!loaded) {
    loaded = ctx.em
      .find(CommissioningPolicy, { localAuthority: { $in: ctx.user?.localAuthorityIds ?? [] } })
      .then((policies) => new Map(policies.map((policy) => [policy.localAuthority.id, policy])));
    cache.set(ctx, loaded);
  }
  return (await loaded).get(localAuthorityId) ?? DEFAULT_POLICY;
}
