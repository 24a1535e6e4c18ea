import { Length, Matches, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, Float, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { today } from '../../core/dates.js';
import { EVERY_ROLE, Role } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OfstedRating, Phase, SettingType } from './enums.js';
import { Setting } from './setting.entity.js';
import { UUID } from '../../core/graphql/uuid.js';

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

@ArgsType()
class CreateSettingArgs {
  @Field(() => UUID, { description: 'The local authority the setting is in' }) localAuthorityId!: string;
  @Field(() => String) @Matches(URN, { message: URN_MESSAGE }) urn!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => SettingType) type!: SettingType;
  @Field(() => Phase) phase!: Phase;
  @Field(() => OfstedRating, { nullable: true }) ofstedRating?: OfstedRating;
  @Field(() => LocalDateResolver, { nullable: true }) ofstedInspectionDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(AUTHORITY_CODE, { message: AUTHORITY_CODE_MESSAGE }) areaAuthorityCode?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) areaAuthorityName?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(POSTCODE, { message: POSTCODE_MESSAGE }) postcode?: string | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(49) @Max(61) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(-9) @Max(2) longitude?: number | null;
}

@ArgsType()
class UpdateSettingArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(URN, { message: URN_MESSAGE }) urn?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => SettingType, { nullable: true }) @IfPresent() type?: SettingType;
  @Field(() => Phase, { nullable: true }) @IfPresent() phase?: Phase;
  @Field(() => OfstedRating, { nullable: true }) @IfPresent() ofstedRating?: OfstedRating;
  @Field(() => LocalDateResolver, { nullable: true }) ofstedInspectionDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(AUTHORITY_CODE, { message: AUTHORITY_CODE_MESSAGE }) areaAuthorityCode?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) areaAuthorityName?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Matches(POSTCODE, { message: POSTCODE_MESSAGE }) postcode?: string | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(49) @Max(61) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @IfPresent() @Min(-9) @Max(2) longitude?: number | null;
}

export const settings: ResourceDefinition<Setting, SettingFilter> = {
  entity: Setting,
  name: 'Setting',
  plural: 'Settings',
  filter: SettingFilter,
  tenancy: 'shared',
  // Schools are public reference data, nothing about a child: board members read them too (the part-time figures count by school).
  readRoles: EVERY_ROLE,
  writeRoles: [Role.ADMIN, Role.QA_OFFICER, Role.COMMISSIONER],
  sortFields: { name: 'name', urn: 'urn', type: 'type', phase: 'phase', ofstedRating: 'ofstedRating' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ $or: [{ name: { $ilike: `%${q}%` } }, { urn: q }] }),
};

class SettingService extends ResourceService<Setting, SettingFilter> {
  private async check(setting: Pick<Setting, 'urn' | 'ofstedInspectionDate' | 'latitude' | 'longitude'>, exceptId?: string): Promise<void> {
    const taken = await this.em.count(Setting, { urn: setting.urn, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    const located = [setting.latitude, setting.longitude].filter((c) => c !== null && c !== undefined).length;
    new FieldErrors()
      .check(taken === 0, 'urn', 'unique', 'another setting already has this URN')
      .check(!setting.ofstedInspectionDate || setting.ofstedInspectionDate <= today(), 'ofstedInspectionDate', 'notInFuture', 'must not be in the future')
      .check(located !== 1, 'longitude', 'bothCoordinates', 'give both latitude and longitude, or neither')
      .throwIfAny();
  }

  async create({ localAuthorityId, ...values }: CreateSettingArgs): Promise<Setting> {
    await this.check(values);
    return this.createRecord(localAuthorityId, values);
  }

  update(args: UpdateSettingArgs): Promise<Setting> {
    return this.updateRecord(args, (setting) => this.check(setting, setting.id));
  }
}

const service = (ctx: Context) => new SettingService(ctx, settings);

@Resolver(() => Setting)
export class SettingResolver extends LocalAuthorityResourceResolver(settings) {
  @Authorized(settings.writeRoles)
  @Mutation(() => Setting)
  createSetting(@Args(() => CreateSettingArgs) args: CreateSettingArgs, @Ctx() ctx: Context): Promise<Setting> {
    return service(ctx).create(args);
  }

  @Authorized(settings.writeRoles)
  @Mutation(() => Setting)
  updateSetting(@Args(() => UpdateSettingArgs) args: UpdateSettingArgs, @Ctx() ctx: Context): Promise<Setting> {
    return service(ctx).update(args);
  }
}
