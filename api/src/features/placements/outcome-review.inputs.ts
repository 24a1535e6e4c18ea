import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OutcomeProgress } from './enums.js';

@InputType()
export class OutcomeReviewFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) outcomeId?: string;
  @Field(() => UUID, { nullable: true }) visitId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => OutcomeProgress, { nullable: true }) progress?: OutcomeProgress;
}

@ArgsType()
export class CreateOutcomeReviewArgs {
  @Field(() => UUID) placementId!: string;
  @Field(() => UUID) commissionedOutcomeId!: string;
  @Field(() => UUID, { nullable: true, description: 'The monitoring visit it was reviewed at, if any' }) visitId?: string | null;
  @Field(() => LocalDateResolver) reviewedOn!: string;
  @Field(() => OutcomeProgress) progress!: OutcomeProgress;
  @Field(() => String) @Length(1, 4000) evidence!: string;
}

@ArgsType()
export class UpdateOutcomeReviewArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => OutcomeProgress, { nullable: true }) @IfPresent() @IsNotEmpty() progress?: OutcomeProgress;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) evidence?: string;
}
