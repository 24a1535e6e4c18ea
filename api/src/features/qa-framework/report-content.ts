import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { TrendPeriod, gradeTrend } from '../ehcp-audits/trend.js';
import { serviceFigures, servicesNeedingSupport } from '../health/scorecards.js';
import { partTimeFigures, partTimeTrend } from '../part-time/figures.js';
import { policyFor } from '../part-time/policy.resolver.js';
import { placementHighlights } from '../placements/highlights.js';
import { KpiSource, KpiUnit } from './enums.js';
import { KpiRow } from './figures.js';
import { BragSummary, bragSummary, improvementPlanBoard } from './improvement-plan.service.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { KpiFigures } from './kpi.service.js';
import { periodsUpTo } from './periods.js';

/** How many periods the report's small trend shows. */
export const REPORT_TREND_LENGTH = 6;

@ObjectType()
export class ReportSectionPoint {
  @Field(() => String) label!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType({ description: 'A headline section drawn from one capability' })
export class ReportSection {
  @Field(() => String) key!: string;
  @Field(() => String) title!: string;
  @Field(() => KpiUnit, { description: "The unit of the points' values" }) unit!: KpiUnit;
  @Field(() => String) headline!: string;
  @Field(() => [ReportSectionPoint]) points!: ReportSectionPoint[];
}

@ObjectType({ description: 'What a highlight report shows: live for a draft, frozen for a published one' })
export class HighlightReportContent {
  @Field(() => String) period!: string;
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => DateTimeResolver) generatedAt!: string;
  @Field(() => [KpiRow]) kpis!: KpiRow[];
  @Field(() => BragSummary) brag!: BragSummary;
  @Field(() => [ReportSection]) sections!: ReportSection[];
}

type SectionBuilder = (em: EntityManager, localAuthorityIds: string[], asOf: string) => Promise<Omit<ReportSection, 'key' | 'title' | 'unit'>>;

/**
 * The headline sections, in the order the report shows them. Each asks its capability's service;
 * adding a section is one entry here.
 */
export const REPORT_SECTIONS: { key: string; title: string; unit: KpiUnit; build: SectionBuilder }[] = [
  {
    key: 'audits',
    title: 'EHCP audits: plans judged good or outstanding',
    unit: KpiUnit.PERCENT,
    build: async (em, ids, asOf) => {
      const points = (await gradeTrend(em, ids, { period: TrendPeriod.TERM })).filter((p) => `${p.academicYear}-09-01` <= asOf);
      const last = points[points.length - 1];
      return {
        headline: last
          ? `${last.goodOrOutstanding} of ${last.audited} plans audited in ${last.period} were good or outstanding (${last.percent?.toFixed(1)}%).`
          : 'No final audits yet.',
        points: points.map((p) => ({ label: p.period, value: p.percent ?? null })),
      };
    },
  },
  {
    key: 'health',
    title: 'Health advice: timeliness and quality',
    unit: KpiUnit.PERCENT,
    build: async (em, ids, asOf) => {
      const window = { from: `${Number(asOf.slice(0, 4)) - 2}${asOf.slice(4)}`, to: asOf };
      const byHalfYear = new Map<string, { due: number; onTime: number; reviewed: number; good: number }>();
      for (const row of await serviceFigures(em, ids, window, true)) {
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
  },
  {
    key: 'placements',
    title: 'Independent and out-of-area placements: count, visits and outcomes',
    unit: KpiUnit.COUNT,
    build: async (em, ids, asOf) => {
      const h = await placementHighlights(em, ids, asOf);
      const outcomes =
        h.outcomesAchievedOrOnTrackPercent === null
          ? 'no commissioned outcome reviewed yet'
          : `${h.outcomesAchievedOrOnTrack} of ${h.outcomesReviewed} reviewed commissioned outcomes achieved or on track (${h.outcomesAchievedOrOnTrackPercent.toFixed(1)}%)`;
      // No cost here: the cost KPI carries it, hidden from those who may not see costs.
      return {
        headline:
          `${h.placements} placements on ${asOf}; ${outcomes}; ` +
          `${h.visitsOverdue} monitoring visits overdue, ${h.redAtLastVisit} with a red area at the last visit, ` +
          `${h.urgentReviews} awaiting an urgent review, ${h.contractsEndingIn90Days} ending within 90 days.`,
        points: h.countOverTime.map((p) => ({ label: p.date, value: p.count })),
      };
    },
  },
  {
    key: 'part-time',
    title: 'Part-time timetables against the baseline',
    unit: KpiUnit.COUNT,
    build: async (em, ids, asOf) => {
      const [id] = ids;
      const policy = await policyFor(em, id!);
      const now = await partTimeFigures(em, id!, policy, asOf);
      const from = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4, 8)}01`;
      const trend = await partTimeTrend(em, id!, policy, from, asOf);
      const target = now.targetCount === null || now.targetCount === undefined ? '' : `; the target is ${Math.round(now.targetCount)} by ${now.targetDate}`;
      return {
        headline:
          `${now.active} pupils with SEND on a part-time timetable on ${asOf}` +
          (now.baselineCount ? ` against a baseline of ${now.baselineCount} (${now.reductionPercent?.toFixed(1)}% fewer)${target}.` : '.') +
          ` ${now.reviewOverdue} reviews overdue, ${now.consentMissing} missing an agreement.`,
        points: trend.map((p) => ({ label: p.date, value: p.active })),
      };
    },
  },
];

/** The periods of each KPI a report for `asOf` shows: its current period and the trend before it. */
const reportPeriods = (kpi: Kpi, asOf: string) => periodsUpTo(kpi.frequency, asOf, REPORT_TREND_LENGTH);

export async function buildReportContent(em: EntityManager, localAuthorityId: string, period: string, asOf: string): Promise<HighlightReportContent> {
  const kpis = await em.find(Kpi, { localAuthority: localAuthorityId }, { orderBy: { code: 'asc', id: 'asc' } });
  const figures = new KpiFigures(em);
  const rows: KpiRow[] = [];
  for (const kpi of kpis) rows.push(await figures.row(kpi, asOf, REPORT_TREND_LENGTH));
  const sections: ReportSection[] = [];
  for (const section of REPORT_SECTIONS) sections.push({ key: section.key, title: section.title, unit: section.unit, ...(await section.build(em, [localAuthorityId], asOf)) });
  return {
    period,
    asOf,
    generatedAt: new Date().toISOString(),
    kpis: rows,
    brag: bragSummary(await improvementPlanBoard(em, [localAuthorityId], asOf)),
    sections,
  };
}

/**
 * Keeps every KPI figure the report uses as a frozen value: computed ones are calculated one last time,
 * and from then on no recalculation changes them. Does not flush.
 */
export async function freezeReportFigures(em: EntityManager, localAuthorityId: string, asOf: string, now: Date): Promise<void> {
  const kpis = await em.find(Kpi, { localAuthority: localAuthorityId });
  const figures = new KpiFigures(em);
  if (kpis.length === 0) return;
  for (const kpi of kpis.filter((k) => k.source === KpiSource.COMPUTED)) await figures.recalculate(kpi, reportPeriods(kpi, asOf), now);
  await em.flush();
  const values = await em.find(KpiValue, {
    $or: kpis.map((kpi) => ({ kpi, periodStart: { $in: reportPeriods(kpi, asOf).map((p) => p.start) } })),
  });
  for (const value of values) value.frozenAt ??= now;
}
