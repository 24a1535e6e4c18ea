import { IsNotEmpty, IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { AssessmentDecision, AssessmentKind, AssessmentOutcome, TimescaleException } from './enums.js';

@InputType()
export class AssessmentRequestFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) @IsOptional() @Length(0, 40) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 120) caseworker?: string;
  @Field(() => AssessmentKind, { nullable: true }) kind?: AssessmentKind;
  @Field(() => Boolean, { nullable: true, description: 'Still under way: no outcome, not refused or withdrawn; a transfer in whose family has not yet been told' }) open?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) outcomeOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) outcomeOn_lte?: string;
}

/** The steps an assessment or transfer record holds, common to creating and updating one. */
@ArgsType()
class AssessmentStepArgs {
  @Field(() => UUID, { nullable: true, description: 'The plan the assessment produced, or the plan transferred in' }) planId?: string | null;
  @Field(() => UUID, { nullable: true, description: 'The casework team' }) teamId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 120) caseworker?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) decisionOn?: string | null;
  @Field(() => AssessmentDecision, { nullable: true }) decision?: AssessmentDecision | null;
  @Field(() => TimescaleException, { nullable: true }) decisionException?: TimescaleException | null;
  @Field(() => LocalDateResolver, { nullable: true }) draftOn?: string | null;
  @Field(() => AssessmentOutcome, { nullable: true }) outcome?: AssessmentOutcome | null;
  @Field(() => LocalDateResolver, { nullable: true }) outcomeOn?: string | null;
  @Field(() => TimescaleException, { nullable: true }) outcomeException?: TimescaleException | null;
  @Field(() => LocalDateResolver, { nullable: true }) withdrawnOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100) previousAuthority?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) previousReviewOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) transferNoticeOn?: string | null;
}

@ArgsType()
export class CreateAssessmentRequestArgs extends AssessmentStepArgs {
  @Field(() => UUID) childId!: string;
  @Field(() => AssessmentKind, { defaultValue: AssessmentKind.REQUEST }) kind!: AssessmentKind;
  @Field(() => LocalDateResolver) receivedOn!: string;
}

@ArgsType()
export class UpdateAssessmentRequestArgs extends AssessmentStepArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() receivedOn?: string;
}
