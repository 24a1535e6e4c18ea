import { ArrayNotEmpty, IsBoolean, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

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
