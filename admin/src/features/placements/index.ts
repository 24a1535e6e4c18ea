/** Independent and out-of-area placements: the commissioner's dashboard, providers, placements, visits and what hangs off them (api/src/features/placements). */
import type { AdminFeature } from '../../common/feature';
import { commissionedOutcomeResource } from './commissioned-outcomes';
import { commissioningPolicyResource } from './commissioning-policy';
import { PlacementDashboard, placementDashboardResource } from './dashboard';
import { monitoringVisitResource } from './monitoring-visits';
import { outcomeReviewResource } from './outcome-reviews';
import { placementResource } from './placements';
import { providerDocumentResource } from './provider-documents';
import { providerResource } from './providers';
import { visitActionResource } from './visit-actions';

const resources = [
  placementDashboardResource,
  placementResource,
  providerResource,
  monitoringVisitResource,
  commissionedOutcomeResource,
  outcomeReviewResource,
  visitActionResource,
  providerDocumentResource,
  commissioningPolicyResource,
];

export const feature: AdminFeature = {
  resources,
  // Every screen shows under Placements, in the order registered; the dashboard is the commissioner's home.
  menu: resources.map(({ name }) =>
    name === placementDashboardResource.name
      ? { group: 'placements', resource: name, dashboard: true, home: PlacementDashboard }
      : { group: 'placements', resource: name },
  ),
};
