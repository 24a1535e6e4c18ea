import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { Child } from './child.entity.js';
import { ChildFilter } from './child.inputs.js';

export const children: ResourceDefinition<Child, ChildFilter> = {
  entity: Child,
  name: 'Child',
  plural: 'Children',
  filter: ChildFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { caseReference: 'caseReference', dateOfBirth: 'dateOfBirth', primaryNeed: 'primaryNeed', sex: 'sex' },
  defaultSort: { field: 'caseReference', order: SortOrder.ASC },
  search: (q) => ({ caseReference: { $ilike: `${q}%` } }),
};
