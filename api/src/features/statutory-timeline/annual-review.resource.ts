import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { AnnualReview } from './annual-review.entity.js';
import { AnnualReviewFilter } from './annual-review.inputs.js';

export const annualReviews: ResourceDefinition<AnnualReview, AnnualReviewFilter> = {
  entity: AnnualReview,
  name: 'AnnualReview',
  plural: 'AnnualReviews',
  filter: AnnualReviewFilter,
  tenancy: 'owned',
  readRoles: [],
  // The DCO records whether the annual health check was discussed.
  writeRoles: [...CASEWORK_EDITORS, Role.DCO],
  sortFields: { meetingDate: 'meetingDate', decisionDate: 'decisionDate', caseReference: 'plan.child.caseReference' },
  defaultSort: { field: 'meetingDate', order: SortOrder.DESC },
};
