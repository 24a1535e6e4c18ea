/** Annual reviews of plans: api/src/features/statutory-timeline. The DCO works on them, so they show under Health. */
import type { AdminFeature } from '../../common/feature';
import annualReviews from './annual-reviews';

export const statutoryTimeline: AdminFeature = {
  resources: [annualReviews],
  menu: [{ group: 'health', resource: 'AnnualReview' }],
};
