import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import type { PrimaryNeed } from './enums.js';
import { Plan } from './plan.entity.js';
import { PlanFilter } from './plan.inputs.js';

export const plans: ResourceDefinition<Plan, PlanFilter> = {
  entity: Plan,
  name: 'Plan',
  plural: 'Plans',
  filter: PlanFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: {
    caseReference: 'child.caseReference',
    primaryNeed: 'child.primaryNeed',
    status: 'status',
    requestDate: 'requestDate',
    issueDate: 'issueDate',
    lastAnnualReviewDate: 'lastAnnualReviewDate',
    setting: 'setting.name',
  },
  defaultSort: { field: 'requestDate', order: SortOrder.DESC },
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: { primaryNeed: (need: PrimaryNeed) => ({ child: { primaryNeed: need } }) },
};
