import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { OutcomeReviewFilter } from './outcome-review.inputs.js';
import { COMMISSIONERS } from './provider.rules.js';

export const outcomeReviews: ResourceDefinition<OutcomeReview, OutcomeReviewFilter> = {
  entity: OutcomeReview,
  name: 'OutcomeReview',
  plural: 'OutcomeReviews',
  filter: OutcomeReviewFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { reviewedOn: 'reviewedOn', progress: 'progress' },
  defaultSort: { field: 'reviewedOn', order: SortOrder.DESC },
  search: (q) => ({ evidence: { $ilike: `%${q}%` } }),
  filterFields: { placementId: (id: string) => ({ outcome: { placement: id } }) },
};
