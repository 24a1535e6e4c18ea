import { countFigure, KpiUnit, reducedBy, type KpiCalculationDefinition, type ReportSectionDefinition, forPeriod, once } from '../../core/kpi-catalogue.js';
import { ukDate } from '../../core/dates.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { independentPlacements, placementHighlights } from './highlights.js';
import { policiesOf } from './policy.service.js';

/* What this feature offers the local-area QA framework (through its manifest and core/kpi-catalogue.ts): the named calculations computed KPIs use, and its highlight-report section. */

/**
 * The KPIs start from the commissioning policy's baseline and aim at its reduction target, so the
 * framework and the placements' own figures tell the board the same story.
 */
async function policyBaseline(em: EntityManager, localAuthorityId: string, valueOn: (baselineDate: string, baselineCount: number) => Promise<number>) {
  const { baselineDate, baselineCount, targetReductionPercent } = (await policiesOf(em, [localAuthorityId])).get(localAuthorityId)!;
  if (!baselineDate || baselineCount === null || baselineCount === undefined || targetReductionPercent === null || targetReductionPercent === undefined) return null;
  const baselineValue = await valueOn(baselineDate, baselineCount);
  return { baselineValue, baselineDate, target: reducedBy(baselineValue, targetReductionPercent) };
}

/** The placement figures the QA framework's computed KPIs can use. */
export const placementKpiCalculations: Record<string, KpiCalculationDefinition> = {
  INDEPENDENT_PLACEMENTS: {
    unit: KpiUnit.COUNT,
    description: 'Children in independent or non-maintained special placements at the end of the period',
    records: 'Placements at independent or non-maintained special schools or independent specialist colleges, open at the end of the period',
    calculate: async (em, ids, period) => countFigure((await forPeriod(em, independentPlacements, ids, period.end)).placements),
    baseline: (em, localAuthorityId) => policyBaseline(em, localAuthorityId, async (_, baselineCount) => baselineCount),
  },
  INDEPENDENT_PLACEMENTS_ANNUAL_COST: {
    unit: KpiUnit.POUNDS,
    description: 'Annual cost of the independent and non-maintained placements open at the end of the period',
    records: 'Placements at independent or non-maintained special schools or independent specialist colleges, open at the end of the period',
    calculate: async (em, ids, period) => countFigure((await forPeriod(em, independentPlacements, ids, period.end)).annualCost),
    baseline: (em, localAuthorityId) => policyBaseline(em, localAuthorityId, async (baselineDate) => (await forPeriod(em, independentPlacements, [localAuthorityId], baselineDate)).annualCost),
  },
};

export const placementReportSection: ReportSectionDefinition = {
  key: 'placements',
  title: 'Independent and out-of-area placements: count, visits and outcomes',
  unit: KpiUnit.COUNT,
  build: async (em, ids, asOf) => {
    const h = await once(em, placementHighlights, ids, asOf);
    const outcomes =
      h.outcomesAchievedOrOnTrackPercent === null
        ? 'no commissioned outcome reviewed yet'
        : `${h.outcomesAchievedOrOnTrack} of ${h.outcomesReviewed} reviewed commissioned outcomes achieved or on track (${h.outcomesAchievedOrOnTrackPercent.toFixed(1)}%)`;
    // No cost here: the cost KPI carries it, hidden from those who may not see costs.
    return {
      headline:
        `${h.placements} placements on ${ukDate(asOf)}; ${outcomes}; ` +
        `${h.visitsOverdue} monitoring visits overdue, ${h.redAtLastVisit} with a red area at the last visit, ` +
        `${h.urgentReviews} awaiting an urgent review, ${h.contractsEndingIn90Days} ending within 90 days, ${h.pastPlannedEnd} still open after their planned end.`,
      points: h.countOverTime.map((p) => ({ label: p.date, value: p.count })),
    };
  },
};
