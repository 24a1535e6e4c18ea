import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ActionStatus } from './follow-up-action.entity.js';

@InputType()
export class FollowUpActionFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) auditId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string;
  @Field(() => ActionStatus, { nullable: true }) status?: ActionStatus;
  @Field(() => Boolean, { nullable: true, description: 'Open and past its due date' }) overdue?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) dueDate_lte?: string;
}

@ArgsType()
export class CreateFollowUpActionArgs {
  @Field(() => UUID) auditId!: string;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => UUID, { nullable: true, description: 'Who will do it: a user who may change follow-up actions' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who will do it, only for someone outside the system' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver) dueDate!: string;
  @Field(() => UUID, { nullable: true, description: "Defaults to the plan's casework team" }) teamId?: string | null;
}

@ArgsType()
export class UpdateFollowUpActionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dueDate?: string;
  @Field(() => ActionStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: ActionStatus;
}
