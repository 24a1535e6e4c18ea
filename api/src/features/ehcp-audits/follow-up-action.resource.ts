import { today } from '../../core/dates.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { CYCLE_RUNNERS } from './cycle-roles.js';
import { ActionStatus, FollowUpAction } from './follow-up-action.entity.js';
import { FollowUpActionFilter } from './follow-up-action.inputs.js';

/** Open and past its due date. */
export const isOverdue = (action: Pick<FollowUpAction, 'status' | 'dueDate'>) => action.status === ActionStatus.OPEN && action.dueDate < today();

export const followUpActions: ResourceDefinition<FollowUpAction, FollowUpActionFilter> = {
  entity: FollowUpAction,
  name: 'FollowUpAction',
  plural: 'FollowUpActions',
  filter: FollowUpActionFilter,
  tenancy: 'owned',
  readRoles: [],
  // Raised and changed by those who run the audit's kind of cycle (the DCO for deep dives), not by auditors.
  writeRoles: CYCLE_RUNNERS,
  sortFields: { dueDate: 'dueDate', status: 'status', owner: 'owner' },
  defaultSort: { field: 'dueDate', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
  filterFields: {
    overdue: (overdue: boolean) =>
      overdue
        ? { status: ActionStatus.OPEN, dueDate: { $lt: today() } }
        : { $or: [{ status: { $ne: ActionStatus.OPEN } }, { dueDate: { $gte: today() } }] },
  },
};
