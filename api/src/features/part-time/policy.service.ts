import type { EntityManager } from '@mikro-orm/postgresql';
import { AuthorityPolicyService } from '../../core/graphql/authority-policy.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { Setting } from '../people/index.js';
import { DEFAULT_POLICY, PartTimePolicy, SchoolWeek } from './policy.entity.js';
import type { PartTimePolicyFilter, PartTimePolicyValues } from './policy.inputs.js';
import { partTimePolicies } from './policy.resource.js';
import { LONGEST_WEEK_HOURS, type PolicyValues } from './rules.js';

/** The authority's stored policy, or the product defaults where it has none yet. */
export async function policyFor(em: EntityManager, localAuthorityId: string): Promise<PolicyValues> {
  return (await em.findOne(PartTimePolicy, { localAuthority: localAuthorityId })) ?? { ...DEFAULT_POLICY, baselineDate: null, baselineCount: null, targetDate: null };
}

/** Every policy a request needs, read once per request (lists ask for each row's flag). */
const requestPolicies = new WeakMap<EntityManager, Promise<Map<string, PolicyValues>>>();
export async function cachedPolicyFor(ctx: Context, localAuthorityId: string): Promise<PolicyValues> {
  let loading = requestPolicies.get(ctx.em);
  if (!loading) {
    loading = ctx.em
      .find(PartTimePolicy, { localAuthority: { $in: ctx.user?.localAuthorityIds ?? [] } })
      .then((found) => new Map<string, PolicyValues>(found.map((policy) => [policy.localAuthority.id, policy])));
    requestPolicies.set(ctx.em, loading);
  }
  return (await loading).get(localAuthorityId) ?? policyFor(ctx.em, localAuthorityId);
}

export class PartTimePolicyService extends AuthorityPolicyService<PartTimePolicy, PartTimePolicyFilter, PartTimePolicyValues> {
  /** A reduction target is reached after its baseline is taken. */
  protected check(policy: PartTimePolicyValues | PartTimePolicy, errors: FieldErrors): FieldErrors {
    return errors.check(
      !policy.baselineDate || !policy.targetDate || policy.targetDate > policy.baselineDate,
      'targetDate',
      'afterBaselineDate',
      'must be after the baseline date',
    );
  }

  /** A setting states its own full-time week, or (with null) goes back to the key-stage benchmarks. */
  async setSchoolWeek(settingId: string, fullTimeHours: number | null): Promise<Setting> {
    const errors = new FieldErrors();
    const setting = await this.related(Setting, 'settingId', settingId, 'caller', errors);
    errors
      .check(fullTimeHours === null || (fullTimeHours > 0 && fullTimeHours <= LONGEST_WEEK_HOURS), 'fullTimeHours', 'range', `must be more than 0 and at most ${LONGEST_WEEK_HOURS}`)
      .throwIfAny();
    const existing = await this.em.findOne(SchoolWeek, { setting: settingId });
    if (fullTimeHours === null) {
      if (existing) this.em.remove(existing);
    } else if (existing) {
      existing.fullTimeHours = fullTimeHours;
    } else {
      this.em.create(SchoolWeek, { setting: setting!, localAuthority: setting!.localAuthority, fullTimeHours });
    }
    await this.em.flush();
    return setting!;
  }
}

export const partTimePolicyService = (ctx: Context) => new PartTimePolicyService(ctx, partTimePolicies);
