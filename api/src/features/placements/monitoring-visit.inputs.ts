import { IsNotEmpty, Length, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OutcomeProgress, Rag, VisitStatus } from './enums.js';

@InputType()
export class VisitActionInput {
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => UUID, { nullable: true, description: 'Who will do it: a user who may change visit actions' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who will do it, only for someone outside the system (the provider)' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver) dueDate!: string;
}

@InputType()
export class VisitOutcomeReviewInput {
  @Field(() => UUID) commissionedOutcomeId!: string;
  @Field(() => OutcomeProgress) progress!: OutcomeProgress;
  @Field(() => String) @Length(1, 4000) evidence!: string;
}

@InputType()
export class MonitoringVisitFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => VisitStatus, { nullable: true }) status?: VisitStatus;
  @Field(() => Rag, { nullable: true }) overall?: Rag;
  @Field(() => Boolean, { nullable: true, description: 'Any area, or the overall rating, is red' }) anyRed?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) visitDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) visitDate_lte?: string;
}

/** The ratings, the same on create and update. */
@ArgsType()
class VisitRatingArgs {
  @Field(() => Rag, { nullable: true, description: 'Safeguarding' }) safeguarding?: Rag | null;
  @Field(() => Rag, { nullable: true, description: 'The provision in section F delivered as specified' }) provisionDelivered?: Rag | null;
  @Field(() => Rag, { nullable: true, description: 'Progress towards the commissioned outcomes' }) outcomesProgress?: Rag | null;
  @Field(() => Rag, { nullable: true }) attendance?: Rag | null;
  @Field(() => Rag, { nullable: true, description: "The child's voice and wellbeing" }) childVoice?: Rag | null;
  @Field(() => Rag, { nullable: true }) valueForMoney?: Rag | null;
  @Field(() => Rag, { nullable: true }) overall?: Rag | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 20000) findings?: string | null;
}

@ArgsType()
export class CreateMonitoringVisitArgs extends VisitRatingArgs {
  @Field(() => UUID) placementId!: string;
  @Field(() => VisitStatus, { nullable: true, description: 'PLANNED unless given' }) status?: VisitStatus | null;
  @Field(() => LocalDateResolver) visitDate!: string;
  @Field(() => String) @Length(1, 200) officer!: string;
  @Field(() => [VisitActionInput], { nullable: true }) @ValidateNested({ each: true }) actions?: VisitActionInput[] | null;
  @Field(() => [VisitOutcomeReviewInput], { nullable: true, description: 'Reviews of the placement’s commissioned outcomes made at this visit' })
  @ValidateNested({ each: true })
  outcomeReviews?: VisitOutcomeReviewInput[] | null;
}

@ArgsType()
export class UpdateMonitoringVisitArgs extends VisitRatingArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => VisitStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: VisitStatus;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() visitDate?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) officer?: string;
}
