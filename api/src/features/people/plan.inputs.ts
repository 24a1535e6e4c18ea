import { IsNotEmpty } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { PlanStatus, PrimaryNeed } from './enums.js';

@InputType()
export class PlanFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) settingId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus;
  @Field(() => PrimaryNeed, { nullable: true, description: "The child's primary need" }) primaryNeed?: PrimaryNeed;
  @Field(() => LocalDateResolver, { nullable: true }) requestDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) requestDate_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) lastAnnualReviewDate_lte?: string;
}

@ArgsType()
export class CreatePlanArgs {
  @Field(() => UUID) childId!: string;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field(() => LocalDateResolver) requestDate!: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) lastAnnualReviewDate?: string | null;
  @Field(() => UUID, { nullable: true, description: 'Section I: the school or other institution named' }) settingId?: string | null;
  @Field(() => UUID, { nullable: true, description: 'The casework team' }) teamId?: string | null;
}

@ArgsType()
export class UpdatePlanArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PlanStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: PlanStatus;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() requestDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) lastAnnualReviewDate?: string | null;
  @Field(() => UUID, { nullable: true }) settingId?: string | null;
  @Field(() => UUID, { nullable: true }) teamId?: string | null;
}
