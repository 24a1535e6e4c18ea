import { Length, Matches, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OfstedRating, Phase, SettingType } from './enums.js';

const URN = /^\d{6,7}$/;
const URN_MESSAGE = 'urn must be a 6 or 7 digit unique reference number';
const AUTHORITY_CODE = /^\d{3}$/;
const AUTHORITY_CODE_MESSAGE = 'areaAuthorityCode must be a three-digit DfE local authority code';
const POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/;
const POSTCODE_MESSAGE = 'postcode must be a UK postcode, e.g. CB3 0AP';

@InputType()
export class SettingFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => SettingType, { nullable: true }) type?: SettingType;
  @Field(() => Phase, { nullable: true }) phase?: Phase;
  @Field(() => OfstedRating, { nullable: true }) ofstedRating?: OfstedRating;
}

/** A setting's optional details, given or changed alike. */
@ArgsType()
class SettingDetails {
  @Field(() => LocalDateResolver, { nullable: true }) ofstedInspectionDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(AUTHORITY_CODE, { message: AUTHORITY_CODE_MESSAGE }) areaAuthorityCode?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) areaAuthorityName?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(POSTCODE, { message: POSTCODE_MESSAGE }) postcode?: string | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(49) @Max(61) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(-9) @Max(2) longitude?: number | null;
}

@ArgsType()
export class CreateSettingArgs extends SettingDetails {
  @Field(() => UUID, { description: 'The local authority the setting is in' }) localAuthorityId!: string;
  @Field(() => String) @Matches(URN, { message: URN_MESSAGE }) urn!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => SettingType) type!: SettingType;
  @Field(() => Phase) phase!: Phase;
  @Field(() => OfstedRating, { nullable: true }) ofstedRating?: OfstedRating;
}

@ArgsType()
export class UpdateSettingArgs extends SettingDetails {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(URN, { message: URN_MESSAGE }) urn?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => SettingType, { nullable: true }) @IfPresent() type?: SettingType;
  @Field(() => Phase, { nullable: true }) @IfPresent() phase?: Phase;
  @Field(() => OfstedRating, { nullable: true }) @IfPresent() ofstedRating?: OfstedRating;
}
