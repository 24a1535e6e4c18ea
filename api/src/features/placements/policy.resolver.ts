import { IsNotEmpty, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, Float, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { CommissioningPolicy } from './policy.entity.js';
import { COMMISSIONERS } from './provider.rules.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class CommissioningPolicyFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
}

@ArgsType()
class PolicyArgs {
  @Field(() => Int, { nullable: true }) @IfPresent() @IsNotEmpty() @Min(1) @Max(24) visitIntervalMonths?: number;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsNotEmpty() @Min(0) @Max(365) visitDueSoonDays?: number;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsNotEmpty() @Min(1) @Max(120) ofstedReinspectionMonths?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(49) @Max(61) homeLatitude?: number | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(-9) @Max(2) homeLongitude?: number | null;
  @Field(() => LocalDateResolver, { nullable: true }) baselineDate?: string | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) baselineCount?: number | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) @Max(100) targetReductionPercent?: number | null;
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

export const commissioningPolicies: ResourceDefinition<CommissioningPolicy, CommissioningPolicyFilter> = {
  entity: CommissioningPolicy,
  name: 'CommissioningPolicy',
  plural: 'CommissioningPolicies',
  filter: CommissioningPolicyFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { localAuthority: 'localAuthority.name' },
  defaultSort: { field: 'localAuthority', order: SortOrder.ASC },
};

/** A reduction target needs all of its parts, and the target comes after the baseline. */
function checkPolicy(policy: Pick<CommissioningPolicy, 'baselineDate' | 'baselineCount' | 'targetReductionPercent' | 'targetDate' | 'homeLatitude' | 'homeLongitude'>): void {
  const target = [policy.baselineDate, policy.baselineCount, policy.targetReductionPercent, policy.targetDate];
  const given = target.filter((part) => part !== null && part !== undefined).length;
  const located = [policy.homeLatitude, policy.homeLongitude].filter((part) => part !== null && part !== undefined).length;
  new FieldErrors()
    .check(given === 0 || given === target.length, 'targetDate', 'completeTarget', 'give the baseline date and count, the reduction and the target date together')
    .check(!policy.baselineDate || !policy.targetDate || policy.targetDate > policy.baselineDate, 'targetDate', 'afterBaselineDate', 'must be after the baseline date')
    .check(located !== 1, 'homeLongitude', 'bothCoordinates', 'give both latitude and longitude, or neither')
    .throwIfAny();
}

class CommissioningPolicyService extends ResourceService<CommissioningPolicy, CommissioningPolicyFilter> {
  async create({ localAuthorityId, ...values }: CreatePolicyArgs): Promise<CommissioningPolicy> {
    this.assertWritableIn(localAuthorityId);
    checkPolicy(values);
    const taken = await this.em.count(CommissioningPolicy, { localAuthority: localAuthorityId });
    new FieldErrors().check(taken === 0, 'localAuthorityId', 'unique', 'this authority already has a policy: change it instead').throwIfAny();
    return this.createRecord(localAuthorityId, values);
  }
}

const service = (ctx: Context) => new CommissioningPolicyService(ctx, commissioningPolicies);

@Resolver(() => CommissioningPolicy)
export class CommissioningPolicyResolver extends LocalAuthorityResourceResolver(commissioningPolicies) {
  @Authorized(commissioningPolicies.writeRoles)
  @Mutation(() => CommissioningPolicy)
  createCommissioningPolicy(@Args(() => CreatePolicyArgs) args: CreatePolicyArgs, @Ctx() ctx: Context): Promise<CommissioningPolicy> {
    return service(ctx).create(args);
  }

  @Authorized(commissioningPolicies.writeRoles)
  @Mutation(() => CommissioningPolicy)
  updateCommissioningPolicy(@Args(() => UpdatePolicyArgs) args: UpdatePolicyArgs, @Ctx() ctx: Context): Promise<CommissioningPolicy> {
    return service(ctx).updateRecord(args, checkPolicy);
  }
}
