import { IsLatitude, IsLongitude, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OfstedRating, SettingType } from '../people/enums.js';
import { Setting } from '../people/setting.entity.js';
import { ContractFramework } from './enums.js';
import { inspectionOutOfDate } from './placement-rules.js';
import { Provider } from './provider.entity.js';

/** Commissioners buy placements; everyone else in the authority reads them. */
export const PLACEMENT_WRITERS: Role[] = [Role.ADMIN, Role.COMMISSIONER];

@InputType()
export class ProviderFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ID, { nullable: true }) settingId?: string;
  @Field(() => ContractFramework, { nullable: true }) contractFramework?: ContractFramework;
}

@ArgsType()
class CreateProviderArgs {
  @Field(() => ID, { description: 'The commissioning local authority' }) localAuthorityId!: string;
  @Field(() => ID, { description: 'The setting (school or college) that is the provider' }) settingId!: string;
  @Field(() => Boolean, { nullable: true }) residential?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) lastInspectionDate?: string | null;
  @Field(() => ContractFramework) contractFramework!: ContractFramework;
  @Field(() => String) @Length(5, 10) postcode!: string;
  @Field(() => Float) @IsLatitude() latitude!: number;
  @Field(() => Float) @IsLongitude() longitude!: number;
}

@ArgsType()
class UpdateProviderArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean, { nullable: true }) residential?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) lastInspectionDate?: string | null;
  @Field(() => OfstedRating, { nullable: true, description: "The provider's latest published Ofsted judgement" }) ofstedRating?: OfstedRating;
  @Field(() => ContractFramework, { nullable: true }) @IfPresent() contractFramework?: ContractFramework;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(5, 10) postcode?: string;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsLatitude() latitude?: number;
  @Field(() => Float, { nullable: true }) @IfPresent() @IsLongitude() longitude?: number;
}

export const providers: ResourceDefinition<Provider, ProviderFilter> = {
  entity: Provider,
  name: 'Provider',
  plural: 'Providers',
  filter: ProviderFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: PLACEMENT_WRITERS,
  sortFields: { name: 'setting.name', urn: 'setting.urn', type: 'setting.type', ofstedRating: 'setting.ofstedRating', lastInspectionDate: 'lastInspectionDate' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ $or: [{ setting: { name: { $ilike: `%${q}%` } } }, { setting: { urn: q } }, { postcode: { $ilike: `${q}%` } }] }),
};

class ProviderService extends ResourceService<Provider, ProviderFilter> {
  async create({ localAuthorityId, settingId, ...values }: CreateProviderArgs): Promise<Provider> {
    const errors = new FieldErrors();
    const setting = await this.related(Setting, 'settingId', settingId, 'anywhere', errors);
    if (setting) {
      const taken = await this.em.count(Provider, { localAuthority: localAuthorityId, setting: setting.id });
      errors.check(taken === 0, 'settingId', 'unique', 'this setting is already one of your providers');
    }
    errors.throwIfAny();
    return this.createRecord(localAuthorityId, { ...values, setting: setting! });
  }

  /**
   * Ofsted judgements are public, so the commissioner records the latest one on the shared setting,
   * wherever it sits; placements there then read as needing an urgent review if it is Inadequate.
   */
  async update({ ofstedRating, ...args }: UpdateProviderArgs): Promise<Provider> {
    return this.updateRecord(args, async (provider) => {
      if (ofstedRating) (await provider.setting.loadOrFail()).ofstedRating = ofstedRating;
    });
  }
}

const service = (ctx: Context) => new ProviderService(ctx, providers);

@Resolver(() => Provider)
export class ProviderResolver extends LocalAuthorityResourceResolver(providers, service) {
  @Authorized(providers.writeRoles)
  @Mutation(() => Provider)
  createProvider(@Args(() => CreateProviderArgs) args: CreateProviderArgs, @Ctx() ctx: Context): Promise<Provider> {
    return service(ctx).create(args);
  }

  @Authorized(providers.writeRoles)
  @Mutation(() => Provider)
  updateProvider(@Args(() => UpdateProviderArgs) args: UpdateProviderArgs, @Ctx() ctx: Context): Promise<Provider> {
    return service(ctx).update(args);
  }

  @FieldResolver(() => Setting)
  setting(@Root() provider: Provider): Promise<Setting> {
    return provider.setting.loadOrFail();
  }

  @FieldResolver(() => String)
  async name(@Root() provider: Provider): Promise<string> {
    return (await provider.setting.loadOrFail()).name;
  }

  @FieldResolver(() => String)
  async urn(@Root() provider: Provider): Promise<string> {
    return (await provider.setting.loadOrFail()).urn;
  }

  @FieldResolver(() => SettingType)
  async type(@Root() provider: Provider): Promise<SettingType> {
    return (await provider.setting.loadOrFail()).type;
  }

  @FieldResolver(() => OfstedRating)
  async ofstedRating(@Root() provider: Provider): Promise<OfstedRating> {
    return (await provider.setting.loadOrFail()).ofstedRating;
  }

  @FieldResolver(() => Boolean, { description: 'Sits in the commissioning authority' })
  async inArea(@Root() provider: Provider): Promise<boolean> {
    return (await provider.setting.loadOrFail()).localAuthority.id === provider.localAuthority.id;
  }

  @FieldResolver(() => Boolean, { description: 'The Ofsted judgement is older than its re-inspection window, or there is none' })
  async inspectionOutOfDate(@Root() provider: Provider): Promise<boolean> {
    return inspectionOutOfDate((await provider.setting.loadOrFail()).ofstedRating, provider.lastInspectionDate, today());
  }
}
