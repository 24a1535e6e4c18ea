import { ArrayMaxSize, IsNotEmpty, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ResponseChannel, SurveyKind } from './enums.js';
import { SurveyAnswerInput } from './invitation.inputs.js';
import { MAX_QUESTIONS } from './rules.js';

@InputType()
export class SurveyResponseFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) templateId?: string;
  @Field(() => SurveyKind, { nullable: true, description: "The template's kind" }) kind?: SurveyKind;
  @Field(() => ResponseChannel, { nullable: true }) channel?: ResponseChannel;
  @Field(() => String, { nullable: true, description: 'e.g. 2026/27 Autumn' }) @MaxLength(20) term?: string;
  @Field(() => LocalDateResolver, { nullable: true }) respondedOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) respondedOn_lte?: string;
}

@ArgsType()
export class CreateSurveyResponseArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => UUID) templateId!: string;
  @Field(() => LocalDateResolver) respondedOn!: string;
  @Field(() => [SurveyAnswerInput]) @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() answers!: SurveyAnswerInput[];
}

@ArgsType()
export class UpdateSurveyResponseArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() respondedOn?: string;
  @Field(() => [SurveyAnswerInput], { nullable: true }) @IfPresent() @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() answers?: SurveyAnswerInput[];
}
