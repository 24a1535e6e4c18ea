import { IsBoolean, IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { LocalAuthority } from '../../core/tenancy/local-authority.entity.js';
import { OfstedRating, SettingType, Setting } from '../people/index.js';
import { ProviderDocumentKind, PurchasingRoute } from './enums.js';
import { policyFor } from './policy.service.js';
import { Provider } from './provider.entity.js';
import { COMMISSIONERS, isOfstedOutOfDate, providerLocation } from './provider.rules.js';
import { distanceMiles } from './schedule.js';
import { UUID } from '../../core/graphql/uuid.js';

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
class CreateProviderArgs {
  @Field(() => UUID, { description: 'The commissioning authority' }) localAuthorityId!: string;
  @Field(() => UUID, { description: 'The school or college (a Setting)' }) settingId!: string;
  @Field(() => PurchasingRoute) purchasingRoute!: PurchasingRoute;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 100) contractReference?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) contractEndDate?: string | null;
  @Field(() => Boolean, { nullable: true }) section41Approved?: boolean;
}

@ArgsType()
class UpdateProviderArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PurchasingRoute, { nullable: true }) @IfPresent() @IsNotEmpty() purchasingRoute?: PurchasingRoute;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 100) contractReference?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) contractEndDate?: string | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() section41Approved?: boolean;
}

export const providers: ResourceDefinition<Provider, ProviderFilter> = {
  entity: Provider,
  name: 'Provider',
  plural: 'Providers',
  filter: ProviderFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: {
    name: 'setting.name',
    urn: 'setting.urn',
    settingType: 'setting.type',
    ofstedRating: 'setting.ofstedRating',
    ofstedInspectionDate: 'setting.ofstedInspectionDate',
    purchasingRoute: 'purchasingRoute',
    contractEndDate: 'contractEndDate',
  },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ setting: { $or: [{ name: { $ilike: `%${q}%` } }, { urn: q }] } }),
  filterFields: {
    settingType: (type: SettingType) => ({ setting: { type } }),
    ofstedRating: (rating: OfstedRating) => ({ setting: { ofstedRating: rating } }),
  },
};

/** Independent and non-maintained providers, and any provider outside the authority's own area. */
const INDEPENDENT_TYPES: SettingType[] = [
  SettingType.INDEPENDENT_SPECIAL,
  SettingType.NON_MAINTAINED_SPECIAL,
  SettingType.INDEPENDENT_SPECIALIST_COLLEGE,
  SettingType.RESIDENTIAL,
];

class ProviderService extends ResourceService<Provider, ProviderFilter> {
  async create({ localAuthorityId, settingId, ...values }: CreateProviderArgs): Promise<Provider> {
    this.assertWritableIn(localAuthorityId);
    const errors = new FieldErrors();
    const setting = await this.related(Setting, 'settingId', settingId, 'anywhere', errors);
    errors.throwIfAny();
    const authority = await this.em.findOneOrFail(LocalAuthority, localAuthorityId);
    const location = await providerLocation(setting!);
    const taken = await this.em.count(Provider, { localAuthority: localAuthorityId, setting: setting! });
    errors
      .check(taken === 0, 'settingId', 'unique', 'this authority already has this provider')
      .check(
        INDEPENDENT_TYPES.includes(setting!.type) || location.areaAuthorityCode !== authority.code,
        'settingId',
        'independentOrOutOfArea',
        'must be an independent, non-maintained or residential provider, or a setting outside the authority',
      )
      .throwIfAny();
    return this.createRecord(localAuthorityId, { ...values, setting: setting! });
  }
}

const service = (ctx: Context) => new ProviderService(ctx, providers);

/** Settings are public, so a provider's setting is always there to read. */
const settingOf = (ctx: Context, provider: Provider) => relations(ctx).expect(provider.setting);

@Resolver(() => Provider)
export class ProviderResolver extends LocalAuthorityResourceResolver(providers) {
  @Authorized(providers.writeRoles)
  @Mutation(() => Provider)
  createProvider(@Args(() => CreateProviderArgs) args: CreateProviderArgs, @Ctx() ctx: Context): Promise<Provider> {
    return service(ctx).create(args);
  }

  @Authorized(providers.writeRoles)
  @Mutation(() => Provider)
  updateProvider(@Args(() => UpdateProviderArgs) args: UpdateProviderArgs, @Ctx() ctx: Context): Promise<Provider> {
    return service(ctx).updateRecord(args);
  }

  @FieldResolver(() => String)
  async name(@Root() provider: Provider, @Ctx() ctx: Context): Promise<string> {
    return (await settingOf(ctx, provider)).name;
  }

  @FieldResolver(() => String)
  async urn(@Root() provider: Provider, @Ctx() ctx: Context): Promise<string> {
    return (await settingOf(ctx, provider)).urn;
  }

  @FieldResolver(() => SettingType)
  async settingType(@Root() provider: Provider, @Ctx() ctx: Context): Promise<SettingType> {
    return (await settingOf(ctx, provider)).type;
  }

  @FieldResolver(() => OfstedRating)
  async ofstedRating(@Root() provider: Provider, @Ctx() ctx: Context): Promise<OfstedRating> {
    return (await settingOf(ctx, provider)).ofstedRating;
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true })
  async ofstedInspectionDate(@Root() provider: Provider, @Ctx() ctx: Context): Promise<string | null> {
    return (await settingOf(ctx, provider)).ofstedInspectionDate ?? null;
  }

  @FieldResolver(() => Boolean, { description: "The Ofsted judgement is older than the authority's re-inspection window, or undated" })
  async ofstedOutOfDate(@Root() provider: Provider, @Ctx() ctx: Context): Promise<boolean> {
    const policy = await policyFor(ctx, provider.localAuthority.id);
    return isOfstedOutOfDate(await settingOf(ctx, provider), policy.ofstedReinspectionMonths, today());
  }

  @FieldResolver(() => String, { description: 'DfE code of the local authority area the provider is in' })
  async areaAuthorityCode(@Root() provider: Provider, @Ctx() ctx: Context): Promise<string> {
    return (await providerLocation(await settingOf(ctx, provider))).areaAuthorityCode;
  }

  @FieldResolver(() => String)
  async areaAuthorityName(@Root() provider: Provider, @Ctx() ctx: Context): Promise<string> {
    return (await providerLocation(await settingOf(ctx, provider))).areaAuthorityName;
  }

  @FieldResolver(() => Boolean, { description: "Outside the commissioning authority's own area" })
  async outOfArea(@Root() provider: Provider, @Ctx() ctx: Context): Promise<boolean> {
    const [location, authority] = await Promise.all([providerLocation(await settingOf(ctx, provider)), relations(ctx).expect(provider.localAuthority)]);
    return location.areaAuthorityCode !== authority.code;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Straight-line miles from the authority's reference point" })
  async distanceMiles(@Root() provider: Provider, @Ctx() ctx: Context): Promise<number | null> {
    const policy = await policyFor(ctx, provider.localAuthority.id);
    const miles = distanceMiles({ latitude: policy.homeLatitude, longitude: policy.homeLongitude }, await settingOf(ctx, provider));
    return miles === null ? null : Math.round(miles * 10) / 10;
  }

  @FieldResolver(() => [ProviderDocumentKind], { description: 'Documents the contract asks for that the authority does not hold' })
  async missingDocuments(@Root() provider: Provider, @Ctx() ctx: Context): Promise<ProviderDocumentKind[]> {
    const held = new Set((await relations(ctx).collection(provider.documents)).map((document) => document.kind));
    return Object.values(ProviderDocumentKind).filter((kind) => !held.has(kind));
  }
}
