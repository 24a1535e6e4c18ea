import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { SurveyKind } from './enums.js';
import { MAX_ANSWER_LENGTH, MAX_QUESTIONS } from './rules.js';

/** How long a link works unless the sender says otherwise. */
export const DEFAULT_DAYS_VALID = 28;
const MAX_DAYS_VALID = 366;
/** A token is 32 random bytes in base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

@InputType()
export class SurveyAnswerInput {
  @Field(() => String) @Length(1, 40) key!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(5) score?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, MAX_ANSWER_LENGTH) text?: string | null;
}

@InputType()
export class SurveyInvitationFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) templateId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Answered already' }) used?: boolean;
}

@ArgsType()
export class CreateSurveyInvitationArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => SurveyKind, { description: "The survey sent: the latest version of the kind in the plan's authority" }) kind!: SurveyKind;
  @Field(() => Int, { nullable: true, description: `Days the link works, ${DEFAULT_DAYS_VALID} unless given` })
  @IsOptional()
  @Min(1)
  @Max(MAX_DAYS_VALID)
  daysValid?: number | null;
}

@ArgsType()
export class SurveyTokenArgs {
  @Field(() => String, { description: 'The token from the link' }) @Matches(TOKEN, { message: 'is not a survey link token' }) token!: string;
}

@ArgsType()
export class SubmitSurveyArgs extends SurveyTokenArgs {
  @Field(() => [SurveyAnswerInput]) @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() answers!: SurveyAnswerInput[];
}
