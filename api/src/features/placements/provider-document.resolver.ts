import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ProviderDocumentKind } from './enums.js';
import { ProviderDocument } from './provider-document.entity.js';
import { Provider } from './provider.entity.js';
import { providers } from './provider.resolver.js';
import { COMMISSIONERS } from './provider.rules.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class ProviderDocumentFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) providerId?: string;
  @Field(() => ProviderDocumentKind, { nullable: true }) kind?: ProviderDocumentKind;
  @Field(() => Boolean, { nullable: true, description: 'Past the date a new one was due' }) reviewOverdue?: boolean;
}

@ArgsType()
class CreateProviderDocumentArgs {
  @Field(() => UUID) providerId!: string;
  @Field(() => ProviderDocumentKind) kind!: ProviderDocumentKind;
  @Field(() => String) @Length(1, 200) title!: string;
  @Field(() => LocalDateResolver) documentDate!: string;
  @Field(() => LocalDateResolver) receivedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDue?: string | null;
}

@ArgsType()
class UpdateProviderDocumentArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ProviderDocumentKind, { nullable: true }) @IfPresent() @IsNotEmpty() kind?: ProviderDocumentKind;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) title?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() documentDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() receivedOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDue?: string | null;
}

export const providerDocuments: ResourceDefinition<ProviderDocument, ProviderDocumentFilter> = {
  entity: ProviderDocument,
  name: 'ProviderDocument',
  plural: 'ProviderDocuments',
  filter: ProviderDocumentFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { documentDate: 'documentDate', receivedOn: 'receivedOn', reviewDue: 'reviewDue', kind: 'kind', provider: 'provider.setting.name' },
  defaultSort: { field: 'documentDate', order: SortOrder.DESC },
  search: (q) => ({ title: { $ilike: `%${q}%` } }),
  filterFields: {
    reviewOverdue: (overdue: boolean) => (overdue ? { reviewDue: { $lt: today() } } : { $or: [{ reviewDue: null }, { reviewDue: { $gte: today() } }] }),
  },
};

function checkDocumentDates(document: Pick<ProviderDocument, 'documentDate' | 'receivedOn' | 'reviewDue'>): void {
  const now = today();
  new FieldErrors()
    .check(document.documentDate <= now, 'documentDate', 'notInFuture', 'must not be in the future')
    .check(document.receivedOn <= now, 'receivedOn', 'notInFuture', 'must not be in the future')
    .check(document.receivedOn >= document.documentDate, 'receivedOn', 'notBeforeDocumentDate', 'must not be before the date on the document')
    .check(!document.reviewDue || document.reviewDue > document.documentDate, 'reviewDue', 'afterDocumentDate', 'must be after the date on the document')
    .throwIfAny();
}

class ProviderDocumentService extends ResourceService<ProviderDocument, ProviderDocumentFilter> {
  async create({ providerId, ...values }: CreateProviderDocumentArgs): Promise<ProviderDocument> {
    const provider: Provider = await new ResourceService(this.ctx, providers).get(providerId);
    checkDocumentDates(values);
    return this.createRecord(provider.localAuthority.id, { ...values, provider });
  }

  update(args: UpdateProviderDocumentArgs): Promise<ProviderDocument> {
    return this.updateRecord(args, checkDocumentDates);
  }
}

const service = (ctx: Context) => new ProviderDocumentService(ctx, providerDocuments);

@Resolver(() => ProviderDocument)
export class ProviderDocumentResolver extends LocalAuthorityResourceResolver(providerDocuments) {
  @Authorized(providerDocuments.writeRoles)
  @Mutation(() => ProviderDocument)
  createProviderDocument(@Args(() => CreateProviderDocumentArgs) args: CreateProviderDocumentArgs, @Ctx() ctx: Context): Promise<ProviderDocument> {
    return service(ctx).create(args);
  }

  @Authorized(providerDocuments.writeRoles)
  @Mutation(() => ProviderDocument)
  updateProviderDocument(@Args(() => UpdateProviderDocumentArgs) args: UpdateProviderDocumentArgs, @Ctx() ctx: Context): Promise<ProviderDocument> {
    return service(ctx).update(args);
  }

  @FieldResolver(() => Boolean, { description: 'Past the date a new one was due' })
  reviewOverdue(@Root() document: ProviderDocument): boolean {
    return !!document.reviewDue && document.reviewDue < today();
  }
}
