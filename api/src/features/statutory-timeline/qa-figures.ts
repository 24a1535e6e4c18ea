import { countFigure, KpiUnit, percentFigure, type FigurePeriod, type KpiCalculationDefinition, forPeriod } from '../../core/kpi-catalogue.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../core/dates.js';
import { TeamKind } from '../people/index.js';
import { agencyAdviceByWindow } from './advice-figures.js';
import { AdviceOccasion } from './enums.js';
import { amendedPlanTimeliness, assessmentTimeliness, decisionTimeliness, reviewDecisionTimeliness, reviewsOverdue, type Timeliness } from './figures.js';

/* What this feature offers the local-area QA framework (through its manifest and core/kpi-catalogue.ts): the named calculations computed KPIs use, and its highlight-report section. */

const timely = (t: Timeliness) => percentFigure(t.withinTimescale, t.done);
const range = (period: FigurePeriod) => ({ from: period.start, to: period.end });

/** The agencies asked for advice, as their KPIs are named. */
const AGENCIES = [TeamKind.EDUCATION, TeamKind.EDUCATIONAL_PSYCHOLOGY, TeamKind.HEALTH, TeamKind.SOCIAL_CARE, TeamKind.OTHER] as const;
const AGENCY_NAMES: Record<(typeof AGENCIES)[number], string> = {
  EDUCATION: 'education',
  EDUCATIONAL_PSYCHOLOGY: 'educational psychology',
  HEALTH: 'health',
  SOCIAL_CARE: 'social care',
  OTHER: 'other agencies',
};

/** The backlog at the end of each period, or today for one still running: the clock read once for all of them. */
function backlogAtEnd(em: EntityManager, localAuthorityIds: readonly string[], ends: readonly string[]): Promise<number[]> {
  const now = today();
  return reviewsOverdue(em, localAuthorityIds, ends.map((end) => (end < now ? end : now)));
}

/** Advice within 6 weeks, one KPI per agency: an assessment's advice due in the period, excepted advice left out as DfE leaves out excepted plans. */
const adviceKpis = Object.fromEntries(
  AGENCIES.map((agency): [string, KpiCalculationDefinition] => [
    `ADVICE_WITHIN_6_WEEKS_${agency}`,
    {
      unit: KpiUnit.PERCENT,
      description: `Assessment advice from ${AGENCY_NAMES[agency]} due in the period and received within 6 weeks of the request for it, of that whose timeliness is known, leaving out advice an exception of regulation 8(2) applied to (a missed appointment is one)`,
      records: `Assessment advice from ${AGENCY_NAMES[agency]} due in the period`,
      calculate: async (em, ids, period) => {
        const counts = (await forPeriod(em, agencyAdviceByWindow, ids, range(period), AdviceOccasion.ASSESSMENT)).get(agency);
        return percentFigure(counts?.onTimeWithoutException ?? 0, (counts?.due ?? 0) - (counts?.withException ?? 0));
      },
    },
  ]),
);

/** The timeliness figures the QA framework's computed KPIs can use, counted as the SEN2 return counts them. */
export const timelineKpiCalculations: Record<string, KpiCalculationDefinition> = {
  ...adviceKpis,
  ASSESSMENTS_WITHIN_20_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Final plans issued in the period within 20 weeks of the request for assessment, of all issued in the period (exceptions included), as the SEN2 return counts them',
    records: 'Assessments that ended in a final plan in the period',
    calculate: async (em, ids, period) => timely((await forPeriod(em, assessmentTimeliness, ids, range(period))).all),
  },
  ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS: {
    unit: KpiUnit.PERCENT,
    description: 'As above, leaving out the plans an exception of regulation 10(4) applied to (a missed appointment is not one)',
    records: 'Assessments that ended in a final plan in the period, without an exception',
    calculate: async (em, ids, period) => timely((await forPeriod(em, assessmentTimeliness, ids, range(period))).excludingExceptions),
  },
  DECISIONS_TO_ASSESS_WITHIN_6_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Decisions whether to assess (agreed or refused) made in the period within 6 weeks of the request, leaving out those an exception of regulation 5(4) applied to',
    records: 'Requests decided in the period',
    calculate: async (em, ids, period) => timely(await forPeriod(em, decisionTimeliness, ids, range(period))),
  },
  ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Annual review decisions (maintain, amend, cease) made in the period within 4 weeks of the meeting, of all made in it',
    records: 'Annual reviews decided in the period',
    calculate: async (em, ids, period) => timely(await forPeriod(em, reviewDecisionTimeliness, ids, range(period))),
  },
  AMENDED_PLANS_WITHIN_12_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Final amended plans issued in the period within 12 weeks of the review meeting, of all issued in it',
    records: 'Amended plans issued in the period',
    calculate: async (em, ids, period) => timely(await forPeriod(em, amendedPlanTimeliness, ids, range(period))),
  },
  ANNUAL_REVIEWS_OVERDUE: {
    unit: KpiUnit.COUNT,
    description: 'Maintained plans whose annual review meeting was overdue at the end of the period, or today while it runs (the backlog)',
    records: 'Plans with an overdue annual review',
    calculate: async (em, ids, period) => countFigure(await forPeriod(em, backlogAtEnd, ids, period.end)),
    // The recovery plan starts from the backlog on the baseline date and aims to halve it.
    baseline: async (em, localAuthorityId, baselineDate) => {
      const baselineValue = await forPeriod(em, reviewsOverdue, [localAuthorityId], baselineDate);
      return { baselineValue, baselineDate, target: Math.round(baselineValue / 2) };
    },
  },
};
