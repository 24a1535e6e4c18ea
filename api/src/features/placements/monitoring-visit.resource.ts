import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { Rag, VISIT_AREAS } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { MonitoringVisitFilter } from './monitoring-visit.inputs.js';
import { COMMISSIONERS } from './provider.rules.js';

const RED_ANYWHERE = [...VISIT_AREAS, 'overall' as const].map((area) => ({ [area]: Rag.RED }));

export const monitoringVisits: ResourceDefinition<MonitoringVisit, MonitoringVisitFilter> = {
  entity: MonitoringVisit,
  name: 'MonitoringVisit',
  plural: 'MonitoringVisits',
  filter: MonitoringVisitFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { visitDate: 'visitDate', status: 'status', officer: 'officer', overall: 'overall', caseReference: 'placement.child.caseReference' },
  defaultSort: { field: 'visitDate', order: SortOrder.DESC },
  search: (q) => ({ $or: [{ officer: { $ilike: `%${q}%` } }, { placement: { child: { caseReference: { $ilike: `${q}%` } } } }] }),
  filterFields: {
    anyRed: (red: boolean) => (red ? { $or: RED_ANYWHERE } : { $and: RED_ANYWHERE.map((area) => ({ $not: area })) }),
  },
};
