import { IsBoolean, IsNotEmpty, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { CASE_REFERENCE, CASE_REFERENCE_MESSAGE } from './child.rules.js';
import { PrimaryNeed, Sex } from './enums.js';

@InputType()
export class ChildFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => PrimaryNeed, { nullable: true }) primaryNeed?: PrimaryNeed;
  @Field(() => Sex, { nullable: true }) sex?: Sex;
  @Field(() => Boolean, { nullable: true }) complexHealthNeeds?: boolean;
  @Field(() => Boolean, { nullable: true }) lookedAfter?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) dateOfBirth_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) dateOfBirth_lte?: string;
}

@ArgsType()
export class CreateChildArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Matches(CASE_REFERENCE, { message: CASE_REFERENCE_MESSAGE }) caseReference!: string;
  @Field(() => LocalDateResolver) dateOfBirth!: string;
  @Field(() => Sex) sex!: Sex;
  @Field(() => PrimaryNeed) primaryNeed!: PrimaryNeed;
  @Field(() => Boolean, { nullable: true }) complexHealthNeeds?: boolean;
  @Field(() => Boolean, { nullable: true }) lookedAfter?: boolean;
}

@ArgsType()
export class UpdateChildArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(CASE_REFERENCE, { message: CASE_REFERENCE_MESSAGE }) caseReference?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dateOfBirth?: string;
  @Field(() => Sex, { nullable: true }) @IfPresent() @IsNotEmpty() sex?: Sex;
  @Field(() => PrimaryNeed, { nullable: true }) @IfPresent() @IsNotEmpty() primaryNeed?: PrimaryNeed;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() complexHealthNeeds?: boolean;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() lookedAfter?: boolean;
}
