/** The statutory timeline: api/src/features/statutory-timeline. The live deadlines, the figures, assessments and annual reviews. */
import type { AdminFeature } from '../../common/feature';
import annualReviews from './annual-reviews';
import assessments from './assessments';
import deadlines from './deadlines';
import timelineFigures from './timeline-figures';

export const feature: AdminFeature = {
  resources: [timelineFigures, assessments, deadlines, annualReviews],
  menu: [
    { group: 'timeline', resource: 'Deadline' },
    { group: 'timeline', resource: 'timeline-figures', dashboard: true },
    { group: 'timeline', resource: 'AssessmentRequest' },
    { group: 'timeline', resource: 'AnnualReview' },
  ],
};
