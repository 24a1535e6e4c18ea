import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/graphql/context.js';
import { CommissioningPolicy, POLICY_DEFAULTS } from './policy.entity.js';

export type Policy = Pick<
  CommissioningPolicy,
  'visitIntervalMonths' | 'visitDueSoonDays' | 'ofstedReinspectionMonths' | 'homeLatitude' | 'homeLongitude' | 'baselineDate' | 'baselineCount' | 'targetReductionPercent' | 'targetDate'
>;

const DEFAULT_POLICY: Policy = { ...POLICY_DEFAULTS, homeLatitude: null, homeLongitude: null, baselineDate: null, baselineCount: null, targetReductionPercent: null, targetDate: null };

/** Each authority's commissioning policy, the defaults where it has none, in one query. */
export async function policiesOf(em: EntityManager, localAuthorityIds: readonly string[]): Promise<Map<string, Policy>> {
  const stored = await em.find(CommissioningPolicy, { localAuthority: { $in: [...localAuthorityIds] } });
  const byAuthority = new Map<string, Policy>(stored.map((policy) => [policy.localAuthority.id, policy]));
  return new Map(localAuthorityIds.map((id) => [id, byAuthority.get(id) ?? DEFAULT_POLICY]));
}

/** One query per request for every authority's policy, however many records ask for it. */
const cache = new WeakMap<Context, Promise<Map<string, Policy>>>();

export async function policyFor(ctx: Context, localAuthorityId: string): Promise<Policy> {
  let loaded = cache.get(ctx);
  if (!loaded) {
    loaded = policiesOf(ctx.em, ctx.user?.localAuthorityIds ?? []);
    cache.set(ctx, loaded);
  }
  return (await loaded).get(localAuthorityId) ?? DEFAULT_POLICY;
}
