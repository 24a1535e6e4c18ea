import type { Feature } from '../../core/feature.js';
import { AdviceRequest } from './advice-request.entity.js';
import { AdviceRequestResolver } from './advice-request.resolver.js';
import { AnnualReview } from './annual-review.entity.js';
import { AnnualReviewResolver } from './annual-review.resolver.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import { AssessmentRequestResolver } from './assessment-request.resolver.js';
import { DeadlineResolver } from './deadlines.resolver.js';
import { installAdviceRubric, loadTimelineDemo } from './demo.js';
import { adviceImport, annualReviewImport, assessmentImport } from './imports.js';
import { timelineKpiCalculations } from './qa-figures.js';
import { TimelineFiguresResolver } from './figures.resolver.js';
import { AnnualReviewStepsResolver, PlanTimelineResolver } from './plan-timeline.resolver.js';

export { AnnualReview } from './annual-review.entity.js';
export { AdviceRequest } from './advice-request.entity.js';
export { AdviceOccasion } from './enums.js';
export { adviceCounts, adviceCountsByWindow, advisersOfPlans, type AdviceCounts, type AdviceWindowCounts } from './advice-figures.js';
export { ReviewAdviceArgs } from './advice-request.inputs.js';
export { ADVICE_READERS, adviceRequests } from './advice-request.resource.js';
export { reviewAdvice } from './advice-request.service.js';
export { generatedAdvice } from './demo.js';
export { healthChecksDiscussed } from './figures.js';

/** The statutory timeline: each assessment and annual review step against its legal deadline, advice from every agency, live lists, timeliness. */
export const feature: Feature = {
  name: 'statutory-timeline',
  entities: [AssessmentRequest, AnnualReview, AdviceRequest],
  resolvers: [AnnualReviewResolver, AssessmentRequestResolver, AdviceRequestResolver, PlanTimelineResolver, AnnualReviewStepsResolver, DeadlineResolver, TimelineFiguresResolver],
  loadDemo: loadTimelineDemo,
  installLocalAuthority: installAdviceRubric,
  kpiCalculations: timelineKpiCalculations,
  imports: [assessmentImport, annualReviewImport, adviceImport],
};
