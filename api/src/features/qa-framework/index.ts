import type { Feature } from '../../core/feature.js';
import { loadQaFrameworkDemo } from './demo.js';
import { ImprovementAction, ImprovementOutcome, Milestone, Workstream } from './improvement-plan.entity.js';
import { ImprovementActionResolver, ImprovementOutcomeResolver, MilestoneResolver, WorkstreamResolver } from './improvement-plan.resolver.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { KpiResolver, KpiValueResolver } from './kpi.resolver.js';
import { HighlightReport } from './report.entity.js';
import { HighlightReportResolver } from './report.resolver.js';
import { frameworkWork } from './work.js';

/** The local-area QA framework: KPIs, the BRAG-rated improvement plan and the highlight reports. */
export const feature: Feature = {
  name: 'qa-framework',
  entities: [Kpi, KpiValue, Workstream, ImprovementOutcome, ImprovementAction, Milestone, HighlightReport],
  resolvers: [KpiResolver, KpiValueResolver, WorkstreamResolver, ImprovementOutcomeResolver, ImprovementActionResolver, MilestoneResolver, HighlightReportResolver],
  loadDemo: (em, { data, options }) => loadQaFrameworkDemo(em, data, options),
  workItems: frameworkWork,
};
