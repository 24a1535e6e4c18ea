import { IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { SignOffDecision, SignOffStatus } from './health-sign-off.entity.js';

@InputType()
export class HealthSignOffFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => SignOffStatus, { nullable: true }) status?: SignOffStatus;
}

@ArgsType()
export class CreateHealthSignOffArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Today unless given' }) requestedOn?: string | null;
}

@ArgsType()
export class SignOffArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => SignOffDecision) decision!: SignOffDecision;
  @Field(() => String, { nullable: true, description: 'Required when asking for changes' }) @IsOptional() @Length(0, 4000) reason?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Today unless given' }) decidedOn?: string | null;
}
