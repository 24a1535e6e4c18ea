import type { EntityManager } from '@mikro-orm/postgresql';
import { AuthorityPolicyService } from '../../core/graphql/authority-policy.js';
import type { Context } from '../../core/graphql/context.js';
import type { FieldErrors } from '../../core/graphql/errors.js';
import { CommissioningPolicy, POLICY_DEFAULTS } from './policy.entity.js';
import type { CommissioningPolicyFilter, CommissioningPolicyValues } from './policy.inputs.js';
import { commissioningPolicies } from './policy.resource.js';

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

export class CommissioningPolicyService extends AuthorityPolicyService<CommissioningPolicy, CommissioningPolicyFilter, CommissioningPolicyValues> {
  /** A reduction target needs all of its parts and comes after its baseline; the home point needs both coordinates. */
  protected check(policy: CommissioningPolicyValues | CommissioningPolicy, errors: FieldErrors): FieldErrors {
    const target = [policy.baselineDate, policy.baselineCount, policy.targetReductionPercent, policy.targetDate];
    const given = target.filter((part) => part !== null && part !== undefined).length;
    const located = [policy.homeLatitude, policy.homeLongitude].filter((part) => part !== null && part !== undefined).length;
    return errors
      .check(given === 0 || given === target.length, 'targetDate', 'completeTarget', 'give the baseline date and count, the reduction and the target date together')
      .check(!policy.baselineDate || !policy.targetDate || policy.targetDate > policy.baselineDate, 'targetDate', 'afterBaselineDate', 'must be after the baseline date')
      .check(located !== 1, 'homeLongitude', 'bothCoordinates', 'give both latitude and longitude, or neither');
  }
}

export const commissioningPolicyService = (ctx: Context) => new CommissioningPolicyService(ctx, commissioningPolicies);
