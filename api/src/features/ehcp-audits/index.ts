import type { Feature } from '../../core/feature.js';
import { AuditOutcome, AuditOutcomeCount } from './audit-outcome.entity.js';
import { Audit } from './audit.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditCycle } from './cycle.entity.js';
import { AuditCycleResolver } from './cycle.resolver.js';
import { installDefaultRubric, removeRubrics } from './default-rubric.js';
import { loadAuditsDemo } from './demo.js';
import { FollowUpAction } from './follow-up-action.entity.js';
import { FollowUpActionResolver } from './follow-up-action.resolver.js';
import { auditKpiCalculations, auditReportSection } from './qa-figures.js';
import { Rubric, RubricVersion } from './rubric.entity.js';
import { RubricResolver, RubricVersionResolver } from './rubric.resolver.js';
import { auditWork } from './work.js';

export { AuditLens, AuditSection } from './audit.entity.js';
export { CriterionJudgementInput } from './audit.inputs.js';
export { CycleKind, Stratum } from './cycle.entity.js';
export { installShippedRubric } from './default-rubric.js';
export { generatedSections, loadCycles } from './demo.js';
export { actionsRaised, finalAudits } from './figures.js';
export { GOOD, wilsonInterval } from './grading.js';
export { RubricPurpose, RubricStatus, RubricVersion } from './rubric.entity.js';
export { suggestedGrade, unfinishedSections, withSection } from './scoring.js';

/** EHCP audits: rubrics, termly cycles with their samples, audits, blind moderation and follow-up actions. */
export const feature: Feature = {
  name: 'ehcp-audits',
  entities: [Rubric, RubricVersion, AuditCycle, Audit, AuditOutcome, AuditOutcomeCount, FollowUpAction],
  resolvers: [RubricResolver, RubricVersionResolver, AuditCycleResolver, AuditResolver, FollowUpActionResolver],
  loadDemo: loadAuditsDemo,
  installLocalAuthority: installDefaultRubric,
  uninstallLocalAuthority: removeRubrics,
  kpiCalculations: auditKpiCalculations,
  reportSections: [auditReportSection],
  workItems: auditWork,
};
