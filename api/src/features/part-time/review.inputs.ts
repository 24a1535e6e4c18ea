import { Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ReviewDecision } from './enums.js';

@InputType()
export class PartTimeReviewFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) timetableId?: string;
  @Field(() => ReviewDecision, { nullable: true }) decision?: ReviewDecision;
}

@ArgsType()
export class CreatePartTimeReviewArgs {
  @Field(() => UUID) timetableId!: string;
  @Field(() => LocalDateResolver) reviewDate!: string;
  @Field(() => Float, { description: 'Hours a week from this review' }) hoursPerWeek!: number;
  @Field(() => ReviewDecision) decision!: ReviewDecision;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) notes?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Required unless the decision is to end it' }) nextReviewDate?: string | null;
}
