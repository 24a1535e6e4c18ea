/** The statutory timeline: api/src/features/statutory-timeline. The live deadlines, assessments and annual reviews. */
import type { AdminFeature } from '../../common/feature';
import annualReviews from './annual-reviews';
import assessments from './assessments';
import deadlines from './deadlines';

export const statutoryTimeline: AdminFeature = {
  resources: [assessments, deadlines, annualReviews],
  menu: [
    { group: 'timeline', resource: 'Deadline' },
    { group: 'timeline', resource: 'AssessmentRequest' },
    { group: 'timeline', resource: 'AnnualReview' },
  ],
};
