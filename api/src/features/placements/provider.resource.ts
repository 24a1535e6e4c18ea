import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import type { OfstedRating, SettingType } from '../people/index.js';
import { Provider } from './provider.entity.js';
import { ProviderFilter } from './provider.inputs.js';
import { COMMISSIONERS } from './provider.rules.js';

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
