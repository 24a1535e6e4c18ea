import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { AuditCycle } from './cycle.entity.js';
import { CYCLE_RUNNERS } from './cycle-roles.js';
import { AuditCycleFilter } from './cycle.inputs.js';

export const auditCycles: ResourceDefinition<AuditCycle, AuditCycleFilter> = {
  entity: AuditCycle,
  name: 'AuditCycle',
  plural: 'AuditCycles',
  filter: AuditCycleFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CYCLE_RUNNERS,
  sortFields: { opensOn: 'opensOn', name: 'name', academicYear: 'academicYear' },
  defaultSort: { field: 'opensOn', order: SortOrder.DESC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};
