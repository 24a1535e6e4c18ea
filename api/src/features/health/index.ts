import type { Feature } from '../../core/feature.js';
import { loadHealthHistory } from './demo.js';
import { HealthAdviceResolver } from './health-advice.resolver.js';
import { HealthSignOff } from './health-sign-off.entity.js';
import { HealthSignOffResolver } from './health-sign-off.resolver.js';
import { HealthFiguresResolver } from './health.resolver.js';
import { installHealthRubrics } from './rubrics.js';
import { healthKpiCalculations, healthReportSection } from './qa-figures.js';
import { healthWork } from './work.js';

/** Health quality for the Designated Clinical Officer: the review of health advice (the timeline's advice requests), sign-offs, the DCO's figures. */
export const feature: Feature = {
  name: 'health',
  entities: [HealthSignOff],
  resolvers: [HealthAdviceResolver, HealthSignOffResolver, HealthFiguresResolver],
  loadDemo: async (em, demo) => {
    if (demo.options.healthHistory ?? demo.options.auditHistory ?? true) await loadHealthHistory(em, demo);
  },
  installLocalAuthority: installHealthRubrics,
  kpiCalculations: healthKpiCalculations,
  reportSections: [healthReportSection],
  workItems: healthWork,
};
