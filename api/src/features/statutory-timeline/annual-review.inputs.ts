import { IsNotEmpty, IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { AnnualReviewDecision } from './enums.js';

@InputType()
export class AnnualReviewFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => LocalDateResolver, { nullable: true }) meetingDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) meetingDate_lte?: string;
}

/** What a review records after its meeting, the same whether the review is new or changed: each may be left out until it happens. */
@ArgsType()
class AnnualReviewSteps {
  @Field(() => LocalDateResolver, { nullable: true }) decisionDate?: string | null;
  @Field(() => AnnualReviewDecision, { nullable: true }) decision?: AnnualReviewDecision | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) ceaseReason?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) amendmentNoticeOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) amendedPlanOn?: string | null;
  @Field(() => Boolean, { nullable: true }) healthCheckDiscussed?: boolean | null;
}

@ArgsType()
export class CreateAnnualReviewArgs extends AnnualReviewSteps {
  @Field(() => UUID) planId!: string;
  @Field(() => LocalDateResolver) meetingDate!: string;
}

@ArgsType()
export class UpdateAnnualReviewArgs extends AnnualReviewSteps {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() meetingDate?: string;
}
