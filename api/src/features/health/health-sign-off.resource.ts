import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { HealthSignOff } from './health-sign-off.entity.js';
import { HealthSignOffFilter } from './health-sign-off.inputs.js';
import { HEALTH_READERS, HEALTH_WRITERS } from './roles.js';

export const healthSignOffs: ResourceDefinition<HealthSignOff, HealthSignOffFilter> = {
  entity: HealthSignOff,
  name: 'HealthSignOff',
  plural: 'HealthSignOffs',
  filter: HealthSignOffFilter,
  tenancy: 'owned',
  readRoles: HEALTH_READERS,
  writeRoles: HEALTH_WRITERS,
  sortFields: { requestedOn: 'requestedOn', status: 'status', agreedOn: 'agreedOn', caseReference: 'plan.child.caseReference' },
  defaultSort: { field: 'requestedOn', order: SortOrder.ASC },
  search: (q) => ({ plan: { child: { caseReference: { $ilike: `${q}%` } } } }),
};
