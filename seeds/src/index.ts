/**
 * Deterministic synthetic data for SEND QA: two local authorities shaped like the
 * Cambridgeshire and Peterborough joint area. The same options always give identical
 * output, ids included; nothing reads the clock or Math.random.
 */
import { buildCohort } from './cohort.js';
import { parseIsoDate } from './dates.js';
import { buildAuthorities, buildSettings, buildTeams } from './organisations.js';
import { SettingPlacer } from './placement.js';
import { Random } from './random.js';
import { generateTimeline } from './statutory-timeline.js';
import type { Child, GenerateOptions, Plan, SyntheticData } from './types.js';

export { DEMO_PASSWORD, demoUsers } from './demo.js';
export type { DemoUser, Role } from './demo.js';
export type * from './types.js';
export { DEFAULT_EHCP_RUBRIC } from './rubrics/default-ehcp-rubric.js';
/** The seeded random stream, shared with the API's reproducible sampling. */
export { Random } from './random.js';
export type { GradeDerivation, RubricCriterionTemplate, RubricSectionTemplate, RubricTemplate } from './rubrics/default-ehcp-rubric.js';

export function generate(options: GenerateOptions): SyntheticData {
  const { seed, scale } = options;
  // Callers from plain JavaScript or the command line can pass anything.
  if (scale !== 'demo' && scale !== 'test') throw new RangeError(`scale must be 'demo' or 'test', got '${String(scale)}'`);
  const asOf = parseIsoDate(options.asOf);
  const random = new Random(seed);

  const authorities = buildAuthorities(random);
  const { teams, caseworkByAuthority } = buildTeams(random, authorities);
  const settings = buildSettings(random, authorities, scale);
  const placer = new SettingPlacer(settings, authorities.map((a) => a.record.id));

  const children: Child[] = [];
  const plans: Plan[] = [];
  for (const authority of authorities) {
    const casework = caseworkByAuthority.get(authority.record.id);
    if (casework === undefined) throw new Error(`no casework teams for ${authority.spec.name}`);
    const cohort = buildCohort({ random, asOf, authority, planCount: authority.spec.planCount[scale], casework, placer });
    children.push(...cohort.children);
    plans.push(...cohort.plans);
  }

  return { localAuthorities: authorities.map((a) => a.record), teams, settings, children, plans, ...generateTimeline({ plans, children, teams }, options) };
}
export { EXCLUDE_AUDITED_IN_LAST_CYCLES, generateAuditHistory, PAST_CYCLE_TARGETS, termOf } from './audit-history.js';
export type { AuditHistory, SyntheticAudit, SyntheticCycle, SyntheticFollowUpAction } from './audit-history.js';
export { HEALTH_ADVICE_RUBRIC, HEALTH_DEEP_DIVE_RUBRIC } from './rubrics/health-rubrics.js';
export { AGENCY_ADVICE_RUBRIC } from './rubrics/agency-advice-rubric.js';
export { generateAgencyAdvice } from './agency-advice.js';
export type { SyntheticAgencyAdvice } from './agency-advice.js';
export type { RubricPurpose } from './rubrics/default-ehcp-rubric.js';
export { generateHealthHistory, PAST_DEEP_DIVES } from './health-history.js';
export type { HealthHistory, SyntheticAdviceReview, SyntheticHealthAdvice, SyntheticSignOff, SyntheticDeepDive, SyntheticDeepDiveAudit, SyntheticDeepDiveAction } from './health-history.js';
export { MANUAL_KPI_MONTHS, generateQaFramework } from './qa-framework.js';
export type { QaFramework, SyntheticKpi, SyntheticKpiValue, SyntheticMilestone } from './qa-framework.js';
export { generatePartTime } from './part-time.js';
export type { PartTimeData } from './part-time.js';
/** Independent and out-of-area placements, with their providers, visits and outcome reviews. */
export { generatePlacements } from './independent-placements.js';
export type { PlacementData } from './independent-placements.js';
export type { SyntheticAnnualReview, SyntheticAssessmentRequest, Timeline, TimescaleException } from './statutory-timeline.js';
