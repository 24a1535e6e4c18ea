import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { VisitActionStatus } from './enums.js';

@InputType()
export class VisitActionFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) visitId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => VisitActionStatus, { nullable: true }) status?: VisitActionStatus;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Open and past its due date' }) overdue?: boolean;
}

@ArgsType()
export class CreateVisitActionArgs {
  @Field(() => UUID) visitId!: string;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => UUID, { nullable: true, description: 'Who will do it: a user who may change visit actions' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who will do it, only for someone outside the system (the provider)' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver) dueDate!: string;
}

@ArgsType()
export class UpdateVisitActionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dueDate?: string;
  @Field(() => VisitActionStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: VisitActionStatus;
}
