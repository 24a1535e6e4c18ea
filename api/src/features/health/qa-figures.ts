import { KpiUnit, percentFigure, type KpiCalculationDefinition, type ReportSectionDefinition, forPeriod, once } from '../../core/kpi-catalogue.js';
import { adviceFigures, annualHealthChecks, serviceFigures, servicesNeedingSupport } from './scorecards.js';

/* What this feature offers the local-area QA framework (through its manifest and core/kpi-catalogue.ts): the named calculations computed KPIs use, and its highlight-report section. */

/** The DCO's figures the QA framework's computed KPIs can use. */
export const healthKpiCalculations: Record<string, KpiCalculationDefinition> = {
  HEALTH_ADVICE_ON_TIME: {
    unit: KpiUnit.PERCENT,
    description: 'Health advice (or "no advice") received by its due date, of all health advice due in the period whose timeliness is known',
    records: 'Health advice due in the period',
    calculate: async (em, ids, period) => {
      const advice = await forPeriod(em, adviceFigures, ids, { from: period.start, to: period.end });
      return percentFigure(advice.onTime, advice.due);
    },
  },
  HEALTH_ADVICE_GOOD_OR_BETTER: {
    unit: KpiUnit.PERCENT,
    description: 'Health advice the DCO rated good or better, of the advice due in the period that the DCO has reviewed',
    records: 'Health advice due in the period',
    calculate: async (em, ids, period) => {
      const advice = await forPeriod(em, adviceFigures, ids, { from: period.start, to: period.end });
      return percentFigure(advice.goodOrBetter, advice.reviewed);
    },
  },
  ANNUAL_HEALTH_CHECK_DISCUSSED: {
    unit: KpiUnit.PERCENT,
    description: 'Annual reviews of young people aged 14–25 with a learning disability where the annual health check was discussed, of those held in the period',
    records: 'Annual reviews in the period',
    calculate: async (em, ids, period) => {
      const figure = await forPeriod(em, annualHealthChecks, ids, { from: period.start, to: period.end });
      return percentFigure(figure.discussed, figure.reviews);
    },
  },
};

export const healthReportSection: ReportSectionDefinition = {
  key: 'health',
  title: 'Health advice: timeliness and quality',
  unit: KpiUnit.PERCENT,
  build: async (em, ids, asOf) => {
    const window = { from: `${Number(asOf.slice(0, 4)) - 2}${asOf.slice(4)}`, to: asOf };
    const byHalfYear = new Map<string, { due: number; onTime: number; reviewed: number; good: number }>();
    for (const row of await once(em, serviceFigures, ids, window, true)) {
      const totals = byHalfYear.get(row.period) ?? { due: 0, onTime: 0, reviewed: 0, good: 0 };
      byHalfYear.set(row.period, {
        due: totals.due + row.adviceDue,
        onTime: totals.onTime + row.adviceOnTime,
        reviewed: totals.reviewed + row.adviceReviewed,
        good: totals.good + row.adviceGoodOrBetter,
      });
    }
    // Half-years with deep dives but no advice due have no on-time share to show.
    const periods = [...byHalfYear.entries()].filter(([, totals]) => totals.due > 0).sort(([a], [b]) => a.localeCompare(b));
    const share = (part: number, whole: number) => (whole ? (100 * part) / whole : null);
    const last = periods.at(-1);
    const lagging = await servicesNeedingSupport(em, ids, { from: `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`, to: asOf }, 3);
    return {
      headline: last
        ? `${last[0]}: ${last[1].onTime} of ${last[1].due} requests for health advice answered on time (${share(last[1].onTime, last[1].due)?.toFixed(1) ?? '–'}%); ` +
          `${last[1].good} of ${last[1].reviewed} reviewed good or better. Services most in need of support: ${lagging.map((s) => s.teamName).join(', ') || 'none'}.`
        : 'No health advice requested yet.',
      points: periods.map(([label, totals]) => ({ label, value: share(totals.onTime, totals.due) })),
    };
  },
};
