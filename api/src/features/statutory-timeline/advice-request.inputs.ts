import { IsNotEmpty, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { CriterionJudgementInput } from '../ehcp-audits/index.js';
import { TeamKind } from '../people/index.js';
import { AdviceOccasion, TimescaleException } from './enums.js';

@InputType()
export class AdviceRequestFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) @IsOptional() @Length(0, 40) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => TeamKind, { nullable: true, description: 'The agency: the kind of the team asked' }) agency?: TeamKind;
  @Field(() => AdviceOccasion, { nullable: true }) occasion?: AdviceOccasion;
  @Field(() => Boolean, { nullable: true, description: 'Received advice not reviewed yet' }) awaitingReview?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Not received, and past its due date' }) overdue?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn_lte?: string;
}

@ArgsType()
export class CreateAdviceRequestArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => UUID, { description: 'The service asked: a team of any kind but CASEWORK; its kind is the agency' }) teamId!: string;
  @Field(() => AdviceOccasion, { nullable: true, description: 'ASSESSMENT unless an annual review is named' }) occasion?: AdviceOccasion | null;
  @Field(() => UUID, { nullable: true, description: 'The annual review the advice is for' }) annualReviewId?: string | null;
  @Field(() => LocalDateResolver) requestedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: '6 weeks after the request unless given; for an annual review 2 weeks before the meeting' }) dueOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn?: string | null;
  @Field(() => TimescaleException, { nullable: true }) exception?: TimescaleException | null;
  @Field(() => Boolean, { nullable: true }) noAdvice?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) noAdviceReason?: string | null;
}

@ArgsType()
export class UpdateAdviceRequestArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() requestedOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dueOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn?: string | null;
  @Field(() => TimescaleException, { nullable: true }) exception?: TimescaleException | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsNotEmpty() noAdvice?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) noAdviceReason?: string | null;
}

@InputType()
class AdviceReviewSectionInput {
  @Field(() => String, { description: 'A section of the rubric' }) @Length(1, 10) code!: string;
  @Field(() => Int, { nullable: true, description: 'Only for rubrics graded by judgement' }) @IsOptional() @Min(1) @Max(4) grade?: number | null;
  @Field(() => String, { defaultValue: '' }) @Length(0, 20_000) evidence!: string;
  @Field(() => [CriterionJudgementInput]) @ValidateNested() judgements!: CriterionJudgementInput[];
}

/** A quality review of received advice: the DCO's of health advice (reviewHealthAdvice), a QA officer's of the rest (reviewAdviceRequest). */
@ArgsType()
export class ReviewAdviceArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => [AdviceReviewSectionInput]) @ValidateNested() sections!: AdviceReviewSectionInput[];
  @Field(() => String, { description: 'Feedback for the service' }) @Length(0, 20_000) feedback!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Today unless given' }) reviewedOn?: string | null;
}

@InputType()
export class AdviceFigureOptions {
  @Field(() => UUID, { nullable: true, description: "One of the caller's authorities; default all of them" }) localAuthorityId?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: a year before to' }) from?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: today' }) to?: string;
  @Field(() => AdviceOccasion, { nullable: true, description: 'Only advice for assessments, or for reviews; default both' }) occasion?: AdviceOccasion;
}
