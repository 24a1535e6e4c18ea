import { LocalDateResolver } from 'graphql-scalars';
import { Args, Authorized, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { OfstedRating, SettingType } from '../people/index.js';
import { ProviderDocumentKind } from './enums.js';
import { policyFor } from './policy.service.js';
import { Provider } from './provider.entity.js';
import { CreateProviderArgs, UpdateProviderArgs } from './provider.inputs.js';
import { providers } from './provider.resource.js';
import { isOfstedOutOfDate, providerLocation } from './provider.rules.js';
import { providerService } from './provider.service.js';
import { distanceMiles } from './schedule.js';

/** Settings are public, so a provider's setting is always there to read. */
const settingOf = (ctx: Context, provider: Provider) => relations(ctx).expect(provider.setting);

@Resolver(() => Provider)
export class ProviderResolver extends LocalAuthorityResourceResolver(providers) {
  @Authorized(providers.writeRoles)
  @Mutation(() => Provider)
  createProvider(@Args(() => CreateProviderArgs) args: CreateProviderArgs, @Ctx() ctx: Context): Promise<Provider> {
    return providerService(ctx).create(args);
  }

  @Authorized(providers.writeRoles)
  @Mutation(() => Provider)
  updateProvider(@Args(() => UpdateProviderArgs) args: UpdateProviderArgs, @Ctx() ctx: Context): Promise<Provider> {
    return providerService(ctx).updateRecord(args);
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
