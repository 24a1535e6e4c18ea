import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { QuestionType, SurveyKind } from './enums.js';
import { MAX_QUESTIONS, SCALE_POINTS } from './rules.js';

@InputType()
export class SurveyQuestionInput {
  @Field(() => String) @Matches(/^[A-Za-z0-9._-]{1,40}$/) key!: string;
  @Field(() => String) @Length(1, 500) text!: string;
  @Field(() => QuestionType) type!: QuestionType;
  @Field(() => [String], { description: 'Five for a scale, 1 first; none for free text' }) @ArrayMaxSize(SCALE_POINTS) @Length(1, 100, { each: true }) labels!: string[];
  @Field(() => Boolean) @IsBoolean() headline!: boolean;
}

@InputType()
export class SurveyTemplateFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => SurveyKind, { nullable: true }) kind?: SurveyKind;
}

@ArgsType()
export class CreateSurveyTemplateArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => SurveyKind) kind!: SurveyKind;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => [SurveyQuestionInput]) @ArrayNotEmpty() @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() questions!: SurveyQuestionInput[];
}

@ArgsType()
export class UpdateSurveyTemplateArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => [SurveyQuestionInput], { nullable: true }) @IfPresent() @ArrayNotEmpty() @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() questions?: SurveyQuestionInput[];
}
