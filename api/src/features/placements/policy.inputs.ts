import { IsNotEmpty, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { AuthorityPolicyFilter, policyArgs } from '../../core/graphql/authority-policy.js';
import { IfPresent } from '../../core/graphql/validation.js';

@InputType()
export class CommissioningPolicyFilter extends AuthorityPolicyFilter {}

/** What an authority sets in its commissioning policy, on creating it or changing it. */
@ArgsType()
export class CommissioningPolicyValues {
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

export const { CreatePolicyArgs: CreateCommissioningPolicyArgs, UpdatePolicyArgs: UpdateCommissioningPolicyArgs } = policyArgs(CommissioningPolicyValues);
export type CreateCommissioningPolicyArgs = InstanceType<typeof CreateCommissioningPolicyArgs>;
export type UpdateCommissioningPolicyArgs = InstanceType<typeof UpdateCommissioningPolicyArgs>;
