import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { CommissionedOutcomeFilter } from './commissioned-outcome.inputs.js';
import { COMMISSIONERS } from './provider.rules.js';

export const commissionedOutcomes: ResourceDefinition<CommissionedOutcome, CommissionedOutcomeFilter> = {
  entity: CommissionedOutcome,
  name: 'CommissionedOutcome',
  plural: 'CommissionedOutcomes',
  filter: CommissionedOutcomeFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { targetDate: 'targetDate', planReference: 'planReference' },
  defaultSort: { field: 'targetDate', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
};
