import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { PartTimePolicy } from './policy.entity.js';
import { PartTimePolicyFilter } from './policy.inputs.js';

export const partTimePolicies: ResourceDefinition<PartTimePolicy, PartTimePolicyFilter> = {
  entity: PartTimePolicy,
  name: 'PartTimePolicy',
  plural: 'PartTimePolicies',
  filter: PartTimePolicyFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { baselineDate: 'baselineDate', targetDate: 'targetDate' },
  defaultSort: { field: 'baselineDate', order: SortOrder.ASC },
};
