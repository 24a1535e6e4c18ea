import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { SchoolReturnFilter } from './returns.inputs.js';
import { SchoolReturn } from './timetable.entity.js';

export const schoolReturns: ResourceDefinition<SchoolReturn, SchoolReturnFilter> = {
  entity: SchoolReturn,
  name: 'SchoolReturn',
  plural: 'SchoolReturns',
  filter: SchoolReturnFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { receivedOn: 'receivedOn', academicYear: 'academicYear', halfTerm: 'halfTerm', setting: 'setting.name' },
  defaultSort: { field: 'receivedOn', order: SortOrder.DESC },
};
