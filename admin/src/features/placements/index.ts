/** Independent and out-of-area placements: the commissioner's dashboard, providers, placements, visits and what hangs off them (api/src/features/placements). */
import type { AdminFeature } from '../../common/feature';
import { PlacementDashboard, placementDashboardResource } from './dashboard';
import { placementResource } from './placements';
import { providerResource } from './providers';
import {
  commissionedOutcomeResource,
  commissioningPolicyResource,
  outcomeReviewResource,
  providerDocumentResource,
  visitActionResource,
} from './records';
import { monitoringVisitResource } from './visits';

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

export const placements: AdminFeature = {
  resources,
  // Every screen shows under Placements, in the order registered; the dashboard is the commissioner's home.
  menu: resources.map(({ name }) =>
    name === placementDashboardResource.name
      ? { group: 'placements', resource: name, dashboard: true, home: PlacementDashboard }
      : { group: 'placements', resource: name },
  ),
};
