import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ProviderDocumentKind } from './enums.js';
import { ProviderDocument } from './provider-document.entity.js';
import { Provider } from './provider.entity.js';
import { PLACEMENT_WRITERS, providers } from './provider.resolver.js';

@InputType()
export class ProviderDocumentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ID, { nullable: true }) providerId?: string;
  @Field(() => ProviderDocumentKind, { nullable: true }) kind?: ProviderDocumentKind;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDueDate_lte?: string;
}

@ArgsType()
class CreateProviderDocumentArgs {
  @Field(() => ID) providerId!: string;
  @Field(() => ProviderDocumentKind) kind!: ProviderDocumentKind;
  @Field(() => LocalDateResolver) documentDate!: string;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDueDate?: string | null;
}

@ArgsType()
class UpdateProviderDocumentArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() documentDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDueDate?: string | null;
}

export const providerDocuments: ResourceDefinition<ProviderDocument, ProviderDocumentFilter> = {
  entity: ProviderDocument,
  name: 'ProviderDocument',
  plural: 'ProviderDocuments',
  filter: ProviderDocumentFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: PLACEMENT_WRITERS,
  sortFields: { kind: 'kind', documentDate: 'documentDate', reviewDueDate: 'reviewDueDate' },
  defaultSort: { field: 'documentDate', order: SortOrder.DESC },
};

class ProviderDocumentService extends ResourceService<ProviderDocument, ProviderDocumentFilter> {
  async create({ providerId, ...values }: CreateProviderDocumentArgs): Promise<ProviderDocument> {
    const provider = await new ResourceService(this.ctx, providers).get(providerId);
    return this.createRecord(provider.localAuthority.id, { ...values, provider });
  }
}

const service = (ctx: Context) => new ProviderDocumentService(ctx, providerDocuments);

@Resolver(() => ProviderDocument)
export class ProviderDocumentResolver extends LocalAuthorityResourceResolver(providerDocuments, service) {
  @Authorized(providerDocuments.writeRoles)
  @Mutation(() => ProviderDocument)
  createProviderDocument(@Args(() => CreateProviderDocumentArgs) args: CreateProviderDocumentArgs, @Ctx() ctx: Context): Promise<ProviderDocument> {
    return service(ctx).create(args);
  }

  @Authorized(providerDocuments.writeRoles)
  @Mutation(() => ProviderDocument)
  updateProviderDocument(@Args(() => UpdateProviderDocumentArgs) args: UpdateProviderDocumentArgs, @Ctx() ctx: Context): Promise<ProviderDocument> {
    return service(ctx).updateRecord(args);
  }

  @FieldResolver(() => Provider)
  provider(@Root() document: ProviderDocument): Promise<Provider> {
    return document.provider.loadOrFail();
  }
}
