import { IsInt, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { AuthorityPolicyFilter, policyArgs } from '../../core/graphql/authority-policy.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { LONGEST_WEEK_HOURS } from './rules.js';

@InputType()
export class PartTimePolicyFilter extends AuthorityPolicyFilter {}

/** What an authority sets in its part-time policy, on creating it or changing it. */
@ArgsType()
export class PartTimePolicyValues {
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

export const { CreatePolicyArgs: CreatePartTimePolicyArgs, UpdatePolicyArgs: UpdatePartTimePolicyArgs } = policyArgs(PartTimePolicyValues);
export type CreatePartTimePolicyArgs = InstanceType<typeof CreatePartTimePolicyArgs>;
export type UpdatePartTimePolicyArgs = InstanceType<typeof UpdatePartTimePolicyArgs>;
