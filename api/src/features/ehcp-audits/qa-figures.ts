import { KpiUnit, percentFigure, type KpiCalculationDefinition, type ReportSectionDefinition, once } from '../../core/kpi-catalogue.js';
import { termMiddle } from '../../core/periods.js';
import { moderationAgreement } from './moderation.js';
import { gradeTrend } from './trend.js';

/* What this feature offers the local-area QA framework (through its manifest and core/kpi-catalogue.ts): the named calculations computed KPIs use, and its highlight-report section. */

/** The audit figures the QA framework's computed KPIs can use. */
export const auditKpiCalculations: Record<string, KpiCalculationDefinition> = {
  AUDITED_PLANS_GOOD_OR_OUTSTANDING: {
    unit: KpiUnit.PERCENT,
    description: 'Final audits graded good or outstanding, of all final audits of the terms whose middle day falls in the period',
    records: 'Final audits of the term',
    calculate: async (em, ids, period) => {
      const points = await once(em, gradeTrend, ids, {});
      // The default trend is termly in the academic year: every point has its year and term.
      const inPeriod = points.filter((p) => termMiddle(p.academicYear!, p.term!) >= period.start && termMiddle(p.academicYear!, p.term!) <= period.end);
      return percentFigure(
        inPeriod.reduce((sum, p) => sum + p.goodOrOutstanding, 0),
        inPeriod.reduce((sum, p) => sum + p.audited, 0),
      );
    },
  },
  MODERATION_AGREEMENT: {
    unit: KpiUnit.PERCENT,
    description: "Moderated audits where the moderator's blind grade equals the auditor's, in cycles that opened in the period",
    records: 'Moderated audits of the cycles',
    calculate: async (em, ids, period) => {
      const cycles = (await once(em, moderationAgreement, ids, false)).filter((c) => c.cycleOpensOn >= period.start && c.cycleOpensOn <= period.end);
      return percentFigure(
        cycles.reduce((sum, c) => sum + c.exact, 0),
        cycles.reduce((sum, c) => sum + c.moderated, 0),
      );
    },
  },
};

export const auditReportSection: ReportSectionDefinition = {
  key: 'audits',
  title: 'EHCP audits: plans judged good or outstanding',
  unit: KpiUnit.PERCENT,
  build: async (em, ids, asOf) => {
    const points = (await once(em, gradeTrend, ids, {})).filter((p) => `${p.academicYear}-09-01` <= asOf);
    const last = points[points.length - 1];
    return {
      headline: last
        ? `${last.goodOrOutstanding} of ${last.audited} plans audited in ${last.period} were good or outstanding (${last.percent?.toFixed(1)}%).`
        : 'No final audits yet.',
      points: points.map((p) => ({ label: p.period, value: p.percent ?? null })),
    };
  },
};
