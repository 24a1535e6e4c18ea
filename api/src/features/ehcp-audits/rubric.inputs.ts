import { ArrayNotEmpty, IsBoolean, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { GradeDerivation, RubricPurpose, RubricStatus } from './rubric.entity.js';

@InputType()
export class RubricCriterionInput {
  @Field(() => String, { nullable: true, description: 'Keep it to carry judgements over; new criteria get one' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,40}$/)
  key?: string | null;

  @Field(() => String) @Length(1, 500) statement!: string;
  @Field(() => String) @Length(0, 2000) guidance!: string;
  @Field(() => Float) @Min(0.01) @Max(100) weight!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(14)
  fromYear?: number | null;
}

@InputType()
export class RubricSectionInput {
  @Field(() => String) @Matches(/^[A-Z][A-Z0-9]{0,9}$/, { message: 'code must be capital letters and digits, e.g. A, H1, PLAN' }) code!: string;
  @Field(() => String) @Length(1, 300) title!: string;
  @Field(() => String) @Length(0, 4000) guidance!: string;
  @Field(() => Float) @Min(0.01) @Max(100) weight!: number;
  @Field(() => Boolean) @IsBoolean() limiting!: boolean;
  @Field(() => [RubricCriterionInput]) @ArrayNotEmpty() @ValidateNested() criteria!: RubricCriterionInput[];
}

@InputType()
export class ScoreThresholdInput {
  @Field(() => Float) @Min(0) @Max(1) minScore!: number;
  @Field(() => Int) @Min(1) @Max(4) grade!: number;
}

@InputType()
export class RubricFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => RubricPurpose, { nullable: true }) purpose?: RubricPurpose;
}

@InputType()
export class RubricVersionFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) rubricId?: string;
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => RubricStatus, { nullable: true }) status?: RubricStatus;
  @Field(() => RubricPurpose, { nullable: true, description: "The rubric's purpose: a cycle of a kind is scored against a rubric of the same purpose" })
  purpose?: RubricPurpose;
}

@ArgsType()
export class CreateRubricArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => RubricPurpose, { nullable: true, description: 'EHCP audit unless given; the new rubric starts from the one shipped for it' })
  purpose?: RubricPurpose | null;
}

@ArgsType()
export class UpdateRubricArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
}

@ArgsType()
export class UpdateRubricVersionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => GradeDerivation, { nullable: true }) @IsOptional() derivation?: GradeDerivation;
  @Field(() => [ScoreThresholdInput], { nullable: true }) @IsOptional() @ValidateNested() thresholds?: ScoreThresholdInput[];
  @Field(() => [RubricSectionInput], { nullable: true }) @IsOptional() @ValidateNested() sections?: RubricSectionInput[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() requireJudgements?: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() requireEvidence?: boolean;
}
