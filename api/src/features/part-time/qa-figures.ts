import { countFigure, KpiUnit, reducedBy, type KpiCalculationDefinition, type ReportSectionDefinition, forPeriod } from '../../core/kpi-catalogue.js';
import { ukDate } from '../../core/dates.js';
import { periodsBetween, ReportingCalendar, ReportingFrequency } from '../../core/periods.js';
import { openTimetables, partTimeFigures, partTimeTrend } from './figures.js';
import { policyFor } from './policy.service.js';

/* What this feature offers the local-area QA framework (through its manifest and core/kpi-catalogue.ts): the named calculations computed KPIs use, and its highlight-report section. */

/** The part-time figure the QA framework's computed KPIs can use. */
export const partTimeKpiCalculations: Record<string, KpiCalculationDefinition> = {
  PART_TIME_TIMETABLES: {
    unit: KpiUnit.COUNT,
    description: 'Part-time timetables open at the end of the period for pupils of compulsory school age (compared with the baseline count)',
    records: 'Part-time timetables open at the end of the period, pupils of compulsory school age',
    calculate: async (em, ids, period) => countFigure(await forPeriod(em, openTimetables, ids, period.end)),
    // The KPI starts from the part-time policy's baseline and aims at its reduction target, so the framework and the feature's own figures agree.
    baseline: async (em, localAuthorityId) => {
      const policy = await policyFor(em, localAuthorityId);
      if (policy.baselineCount === null || policy.baselineCount === undefined || !policy.baselineDate) return null;
      return { baselineValue: policy.baselineCount, baselineDate: policy.baselineDate, target: reducedBy(policy.baselineCount, policy.targetReductionPercent) };
    },
  },
};

export const partTimeReportSection: ReportSectionDefinition = {
  key: 'part-time',
  title: 'Part-time timetables against the baseline',
  unit: KpiUnit.COUNT,
  build: async (em, ids, asOf) => {
    const [id] = ids;
    const policy = await policyFor(em, id!);
    const now = await partTimeFigures(em, id!, policy, asOf);
    const from = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4, 8)}01`;
    const trend = await partTimeTrend(em, id!, policy, periodsBetween(ReportingCalendar.FINANCIAL, ReportingFrequency.MONTHLY, from, asOf), asOf);
    const target = now.targetCount === null || now.targetCount === undefined ? '' : `; the target is ${Math.round(now.targetCount)} by ${now.targetDate ? ukDate(now.targetDate) : 'the target date'}`;
    return {
      headline:
        `${now.active} pupils with SEND on a part-time timetable on ${ukDate(asOf)}` +
        (now.baselineCount ? ` against a baseline of ${now.baselineCount} (${now.reductionPercent?.toFixed(1)}% fewer)${target}.` : '.') +
        ` ${now.reviewOverdue} reviews overdue, ${now.consentMissing} missing an agreement.` +
        (now.belowCompulsorySchoolAge ? ` ${now.belowCompulsorySchoolAge} more below compulsory school age attend part time, counted apart.` : ''),
      points: trend.map((p) => ({ label: p.date, value: p.active })),
    };
  },
};
