import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { CommissioningPolicy } from './policy.entity.js';
import { CommissioningPolicyFilter } from './policy.inputs.js';
import { COMMISSIONERS } from './provider.rules.js';

export const commissioningPolicies: ResourceDefinition<CommissioningPolicy, CommissioningPolicyFilter> = {
  entity: CommissioningPolicy,
  name: 'CommissioningPolicy',
  plural: 'CommissioningPolicies',
  filter: CommissioningPolicyFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { localAuthority: 'localAuthority.name' },
  defaultSort: { field: 'localAuthority', order: SortOrder.ASC },
};
