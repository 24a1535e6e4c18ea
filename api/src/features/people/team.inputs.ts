import { Length } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { TeamKind } from './enums.js';

@InputType()
export class TeamFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => TeamKind, { nullable: true }) kind?: TeamKind;
}

@ArgsType()
export class CreateTeamArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => TeamKind) kind!: TeamKind;
}

@ArgsType()
export class UpdateTeamArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => TeamKind, { nullable: true }) @IfPresent() kind?: TeamKind;
}
