import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { ProviderDocument } from './provider-document.entity.js';
import { CreateProviderDocumentArgs, UpdateProviderDocumentArgs } from './provider-document.inputs.js';
import { providerDocuments } from './provider-document.resource.js';
import { providerDocumentService } from './provider-document.service.js';

@Resolver(() => ProviderDocument)
export class ProviderDocumentResolver extends LocalAuthorityResourceResolver(providerDocuments) {
  @Authorized(providerDocuments.writeRoles)
  @Mutation(() => ProviderDocument)
  createProviderDocument(@Args(() => CreateProviderDocumentArgs) args: CreateProviderDocumentArgs, @Ctx() ctx: Context): Promise<ProviderDocument> {
    return providerDocumentService(ctx).create(args);
  }

  @Authorized(providerDocuments.writeRoles)
  @Mutation(() => ProviderDocument)
  updateProviderDocument(@Args(() => UpdateProviderDocumentArgs) args: UpdateProviderDocumentArgs, @Ctx() ctx: Context): Promise<ProviderDocument> {
    return providerDocumentService(ctx).update(args);
  }

  @FieldResolver(() => Boolean, { description: 'Past the date a new one was due' })
  reviewOverdue(@Root() document: ProviderDocument): boolean {
    return !!document.reviewDue && document.reviewDue < today();
  }
}
