import type { Feature } from '../../core/feature.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { CommissionedOutcomeResolver } from './commissioned-outcome.resolver.js';
import { loadPlacementDemo } from './demo.js';
import { placementImport } from './imports.js';
import { PlacementHighlightsResolver } from './highlights.resolver.js';
import { placementKpiCalculations, placementReportSection } from './qa-figures.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { MonitoringVisitResolver } from './monitoring-visit.resolver.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { OutcomeReviewResolver } from './outcome-review.resolver.js';
import { Placement } from './placement.entity.js';
import { PlacementResolver } from './placement.resolver.js';
import { CommissioningPolicy } from './policy.entity.js';
import { CommissioningPolicyResolver } from './policy.resolver.js';
import { ProviderDocument } from './provider-document.entity.js';
import { ProviderDocumentResolver } from './provider-document.resolver.js';
import { Provider } from './provider.entity.js';
import { ProviderResolver } from './provider.resolver.js';
import { VisitAction } from './visit-action.entity.js';
import { VisitActionResolver } from './visit-action.resolver.js';
import { placementWork } from './work.js';

export { mayReadCosts } from './costs.js';

/** Out-of-area and independent placements: providers, placements, monitoring visits, commissioned outcomes, costs. */
export const feature: Feature = {
  name: 'placements',
  entities: [CommissioningPolicy, Provider, ProviderDocument, Placement, CommissionedOutcome, MonitoringVisit, VisitAction, OutcomeReview],
  resolvers: [
    CommissioningPolicyResolver,
    ProviderResolver,
    ProviderDocumentResolver,
    PlacementResolver,
    CommissionedOutcomeResolver,
    MonitoringVisitResolver,
    VisitActionResolver,
    OutcomeReviewResolver,
    PlacementHighlightsResolver,
  ],
  loadDemo: (em, { data, options, stamp }) => loadPlacementDemo(em, data, options, stamp),
  kpiCalculations: placementKpiCalculations,
  reportSections: [placementReportSection],
  imports: [placementImport],
  workItems: placementWork,
};
