import type { Feature } from '../../core/feature.js';
import { AnnualReview } from './annual-review.entity.js';
import { AnnualReviewResolver } from './annual-review.resolver.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import { AssessmentRequestResolver } from './assessment-request.resolver.js';
import { DeadlineResolver } from './deadlines.resolver.js';
import { loadTimelineDemo } from './demo.js';
import { timelineKpiCalculations } from './qa-figures.js';
import { TimelineFiguresResolver } from './figures.resolver.js';
import { AnnualReviewStepsResolver, PlanTimelineResolver } from './plan-timeline.resolver.js';

export { AnnualReview } from './annual-review.entity.js';
export { healthChecksDiscussed } from './figures.js';

/** The statutory timeline: each assessment and annual review step against its legal deadline, live lists, timeliness. */
export const statutoryTimeline: Feature = {
  name: 'statutory-timeline',
  entities: [AssessmentRequest, AnnualReview],
  resolvers: [AnnualReviewResolver, AssessmentRequestResolver, PlanTimelineResolver, AnnualReviewStepsResolver, DeadlineResolver, TimelineFiguresResolver],
  loadDemo: (em, { data, stamp }) => loadTimelineDemo(em, data, stamp),
  kpiCalculations: timelineKpiCalculations,
};
