import type { EntityManager } from '@mikro-orm/postgresql';
import { IsInt, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Float, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Setting } from '../people/index.js';
import { DEFAULT_POLICY, PartTimePolicy, SchoolWeek } from './policy.entity.js';
import type { PolicyValues } from './rules.js';
import { UUID } from '../../core/graphql/uuid.js';

/** A school week is never longer than this: catches a day's hours typed as a week's. */
const LONGEST_WEEK_HOURS = 40;

@InputType()
export class PartTimePolicyFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
}

@ArgsType()
class PolicyArgs {
  @Field(() => Int, { nullable: true }) @IfPresent() @IsInt() @Min(1) @Max(52) maximumWeeks?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(1) @Max(LONGEST_WEEK_HOURS) keyStage1Hours?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(1) @Max(LONGEST_WEEK_HOURS) keyStage2Hours?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(1) @Max(LONGEST_WEEK_HOURS) keyStage3Hours?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(1) @Max(LONGEST_WEEK_HOURS) year11Hours?: number;
  @Field(() => LocalDateResolver, { nullable: true }) baselineDate?: string | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) baselineCount?: number | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(0) @Max(100) targetReductionPercent?: number;
  @Field(() => LocalDateResolver, { nullable: true }) targetDate?: string | null;
}

@ArgsType()
class CreatePolicyArgs extends PolicyArgs {
  @Field(() => UUID) localAuthorityId!: string;
}

@ArgsType()
class UpdatePolicyArgs extends PolicyArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
}

export const partTimePolicies: ResourceDefinition<PartTimePolicy, PartTimePolicyFilter> = {
  entity: PartTimePolicy,
  name: 'PartTimePolicy',
  plural: 'PartTimePolicies',
  filter: PartTimePolicyFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { baselineDate: 'baselineDate', targetDate: 'targetDate' },
  defaultSort: { field: 'baselineDate', order: SortOrder.ASC },
};

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

function checkTarget(policy: Pick<PolicyValues, 'baselineDate' | 'targetDate'>, errors: FieldErrors): FieldErrors {
  return errors.check(
    !policy.baselineDate || !policy.targetDate || policy.targetDate > policy.baselineDate,
    'targetDate',
    'afterBaselineDate',
    'must be after the baseline date',
  );
}

class PartTimePolicyService extends ResourceService<PartTimePolicy, PartTimePolicyFilter> {
  async create({ localAuthorityId, ...values }: CreatePolicyArgs): Promise<PartTimePolicy> {
    this.assertWritableIn(localAuthorityId);
    const errors = new FieldErrors().check(
      (await this.em.count(PartTimePolicy, { localAuthority: localAuthorityId })) === 0,
      'localAuthorityId',
      'unique',
      'this local authority already has a policy: change it instead',
    );
    checkTarget(values, errors).throwIfAny();
    return this.createRecord(localAuthorityId, values);
  }

  update(args: UpdatePolicyArgs): Promise<PartTimePolicy> {
    return this.updateRecord(args, (policy) => checkTarget(policy, new FieldErrors()).throwIfAny());
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

const service = (ctx: Context) => new PartTimePolicyService(ctx, partTimePolicies);

@Resolver(() => PartTimePolicy)
export class PartTimePolicyResolver extends LocalAuthorityResourceResolver(partTimePolicies) {
  @Authorized(partTimePolicies.writeRoles)
  @Mutation(() => PartTimePolicy)
  createPartTimePolicy(@Args(() => CreatePolicyArgs) args: CreatePolicyArgs, @Ctx() ctx: Context): Promise<PartTimePolicy> {
    return service(ctx).create(args);
  }

  @Authorized(partTimePolicies.writeRoles)
  @Mutation(() => PartTimePolicy)
  updatePartTimePolicy(@Args(() => UpdatePolicyArgs) args: UpdatePolicyArgs, @Ctx() ctx: Context): Promise<PartTimePolicy> {
    return service(ctx).update(args);
  }

  @Authorized(partTimePolicies.writeRoles)
  @Mutation(() => Setting, { description: "Set a setting's own full-time week (null: use the key-stage benchmarks)" })
  setSchoolWeek(
    @Arg('settingId', () => UUID) settingId: string,
    @Arg('fullTimeHours', () => Float, { nullable: true }) fullTimeHours: number | null,
    @Ctx() ctx: Context,
  ): Promise<Setting> {
    return service(ctx).setSchoolWeek(settingId, fullTimeHours ?? null);
  }
}
