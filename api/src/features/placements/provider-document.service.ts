import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { ProviderDocument } from './provider-document.entity.js';
import type { CreateProviderDocumentArgs, ProviderDocumentFilter, UpdateProviderDocumentArgs } from './provider-document.inputs.js';
import { providerDocuments } from './provider-document.resource.js';
import type { Provider } from './provider.entity.js';
import { providers } from './provider.resource.js';

function checkDocumentDates(document: Pick<ProviderDocument, 'documentDate' | 'receivedOn' | 'reviewDue'>): void {
  const now = today();
  new FieldErrors()
    .check(document.documentDate <= now, 'documentDate', 'notInFuture', 'must not be in the future')
    .check(document.receivedOn <= now, 'receivedOn', 'notInFuture', 'must not be in the future')
    .check(document.receivedOn >= document.documentDate, 'receivedOn', 'notBeforeDocumentDate', 'must not be before the date on the document')
    .check(!document.reviewDue || document.reviewDue > document.documentDate, 'reviewDue', 'afterDocumentDate', 'must be after the date on the document')
    .throwIfAny();
}

export class ProviderDocumentService extends ResourceService<ProviderDocument, ProviderDocumentFilter> {
  async create({ providerId, ...values }: CreateProviderDocumentArgs): Promise<ProviderDocument> {
    const provider: Provider = await new ResourceService(this.ctx, providers).get(providerId);
    checkDocumentDates(values);
    return this.createRecord(provider.localAuthority.id, { ...values, provider });
  }

  update(args: UpdateProviderDocumentArgs): Promise<ProviderDocument> {
    return this.updateRecord(args, checkDocumentDates);
  }
}

export const providerDocumentService = (ctx: Context) => new ProviderDocumentService(ctx, providerDocuments);
