import { today } from '../../core/dates.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { ProviderDocument } from './provider-document.entity.js';
import { ProviderDocumentFilter } from './provider-document.inputs.js';
import { COMMISSIONERS } from './provider.rules.js';

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
