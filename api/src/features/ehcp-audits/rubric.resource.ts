import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { Rubric, RubricVersion, type RubricPurpose } from './rubric.entity.js';
import { RubricFilter, RubricVersionFilter } from './rubric.inputs.js';

export const rubrics: ResourceDefinition<Rubric, RubricFilter> = {
  entity: Rubric,
  name: 'Rubric',
  plural: 'Rubrics',
  filter: RubricFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { name: 'name', createdAt: 'createdAt' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};

export const rubricVersions: ResourceDefinition<RubricVersion, RubricVersionFilter> = {
  entity: RubricVersion,
  name: 'RubricVersion',
  plural: 'RubricVersions',
  filter: RubricVersionFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { number: 'number', status: 'status', publishedAt: 'publishedAt' },
  defaultSort: { field: 'number', order: SortOrder.DESC },
  filterFields: { purpose: (purpose: RubricPurpose) => ({ rubric: { purpose } }) },
};
