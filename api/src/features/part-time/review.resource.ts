import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { PartTimeReviewFilter } from './review.inputs.js';
import { PartTimeReview } from './timetable.entity.js';

/** Reviews are the timetable's history: recorded once, never edited or deleted (the change history keeps who did it). */
export const partTimeReviews: ResourceDefinition<PartTimeReview, PartTimeReviewFilter> = {
  entity: PartTimeReview,
  name: 'PartTimeReview',
  plural: 'PartTimeReviews',
  filter: PartTimeReviewFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { reviewDate: 'reviewDate', nextReviewDate: 'nextReviewDate', hoursPerWeek: 'hoursPerWeek' },
  defaultSort: { field: 'reviewDate', order: SortOrder.ASC },
};
