import { IsBoolean, IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OfstedRating, SettingType } from '../people/index.js';
import { PurchasingRoute } from './enums.js';

@InputType()
export class ProviderFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the URN' }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) settingId?: string;
  @Field(() => PurchasingRoute, { nullable: true }) purchasingRoute?: PurchasingRoute;
  @Field(() => SettingType, { nullable: true }) settingType?: SettingType;
  @Field(() => OfstedRating, { nullable: true }) ofstedRating?: OfstedRating;
}

@ArgsType()
export class CreateProviderArgs {
  @Field(() => UUID, { description: 'The commissioning authority' }) localAuthorityId!: string;
  @Field(() => UUID, { description: 'The school or college (a Setting)' }) settingId!: string;
  @Field(() => PurchasingRoute) purchasingRoute!: PurchasingRoute;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 100) contractReference?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) contractEndDate?: string | null;
  @Field(() => Boolean, { nullable: true }) section41Approved?: boolean;
}

@ArgsType()
export class UpdateProviderArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PurchasingRoute, { nullable: true }) @IfPresent() @IsNotEmpty() purchasingRoute?: PurchasingRoute;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 100) contractReference?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) contractEndDate?: string | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() section41Approved?: boolean;
}
