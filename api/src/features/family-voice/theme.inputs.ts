import { IsNotEmpty, IsOptional, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { SurveyKind, ThemeStatus } from './enums.js';

@InputType()
export class FamilyThemeFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ThemeStatus, { nullable: true }) status?: ThemeStatus;
  @Field(() => SurveyKind, { nullable: true }) source?: SurveyKind;
  @Field(() => Boolean, { nullable: true }) published?: boolean;
}

@ArgsType()
export class CreateFamilyThemeArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 4000) said!: string;
  @Field(() => SurveyKind, { nullable: true }) source?: SurveyKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 20) term?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) actionTaken?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) actionOn?: string | null;
  @Field(() => ThemeStatus, { nullable: true }) status?: ThemeStatus | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
}

@ArgsType()
export class UpdateFamilyThemeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) said?: string;
  @Field(() => SurveyKind, { nullable: true }) source?: SurveyKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 20) term?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) actionTaken?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) actionOn?: string | null;
  @Field(() => ThemeStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: ThemeStatus;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsNotEmpty() published?: boolean;
}

@ArgsType()
export class YouSaidWeDidArgs {
  @Field(() => String, { description: 'DfE code of the local authority, e.g. 873' }) @Matches(/^\d{3}$/) localAuthorityCode!: string;
}
