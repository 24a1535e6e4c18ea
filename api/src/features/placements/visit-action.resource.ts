import { today } from '../../core/dates.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { VisitActionStatus } from './enums.js';
import { COMMISSIONERS } from './provider.rules.js';
import { VisitAction } from './visit-action.entity.js';
import { VisitActionFilter } from './visit-action.inputs.js';

export const visitActions: ResourceDefinition<VisitAction, VisitActionFilter> = {
  entity: VisitAction,
  name: 'VisitAction',
  plural: 'VisitActions',
  filter: VisitActionFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { dueDate: 'dueDate', status: 'status', owner: 'owner' },
  defaultSort: { field: 'dueDate', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
  filterFields: {
    placementId: (id: string) => ({ visit: { placement: id } }),
    overdue: (overdue: boolean) =>
      overdue
        ? { status: VisitActionStatus.OPEN, dueDate: { $lt: today() } }
        : { $or: [{ status: { $ne: VisitActionStatus.OPEN } }, { dueDate: { $gte: today() } }] },
  },
};
