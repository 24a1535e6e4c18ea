/** Independent and out-of-area placements: the commissioner's dashboard, providers, placements, visits and what hangs off them. */
export { placementDashboardResource } from './dashboard';
export { providerResource } from './providers';
export { placementResource } from './placements';
export { monitoringVisitResource } from './visits';
export {
  commissionedOutcomeResource,
  commissioningPolicyResource,
  outcomeReviewResource,
  providerDocumentResource,
  visitActionResource,
} from './records';
