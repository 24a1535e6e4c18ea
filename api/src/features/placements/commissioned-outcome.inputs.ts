import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';

@InputType()
export class CommissionedOutcomeFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => LocalDateResolver, { nullable: true }) targetDate_lte?: string;
}

@ArgsType()
export class CreateCommissionedOutcomeArgs {
  @Field(() => UUID) placementId!: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 20) planReference?: string | null;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => LocalDateResolver) targetDate!: string;
}

@ArgsType()
export class UpdateCommissionedOutcomeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 20) planReference?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() targetDate?: string;
}
