import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { reportSections } from '../../core/kpi-catalogue.js';
import { KpiSource, KpiUnit } from './enums.js';
import { KpiRow } from './figures.js';
import { BragSummary, bragSummary, improvementPlanBoard } from './improvement-plan.service.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { KpiFigures } from './kpi.service.js';
import { periodsUpTo } from '../../core/periods.js';

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

/** The periods of each KPI a report for `asOf` shows: its current period and the trend before it. */
const reportPeriods = (kpi: Kpi, asOf: string) => periodsUpTo(kpi.calendar, kpi.frequency, asOf, REPORT_TREND_LENGTH);

export async function buildReportContent(em: EntityManager, localAuthorityId: string, period: string, asOf: string): Promise<HighlightReportContent> {
  const kpis = await em.find(Kpi, { localAuthority: localAuthorityId }, { orderBy: { code: 'asc', id: 'asc' } });
  const rows = await new KpiFigures(em).rows(kpis, asOf, REPORT_TREND_LENGTH);
  const sections: ReportSection[] = [];
  for (const section of reportSections()) sections.push({ key: section.key, title: section.title, unit: section.unit, ...(await section.build(em, [localAuthorityId], asOf)) });
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
 * and from then on no recalculation changes them. Flushes, since the report's content then reads the
 * stored values from the database (as plain rows, not through the unit of work).
 */
export async function freezeReportFigures(em: EntityManager, localAuthorityId: string, asOf: string, now: Date): Promise<void> {
  const kpis = await em.find(Kpi, { localAuthority: localAuthorityId });
  if (kpis.length === 0) return;
  const computed = kpis.filter((k) => k.source === KpiSource.COMPUTED);
  await new KpiFigures(em).recalculate(computed.map((kpi) => ({ kpi, periods: reportPeriods(kpi, asOf) })), now);
  await em.flush();
  const values = await em.find(KpiValue, {
    $or: kpis.map((kpi) => ({ kpi, periodStart: { $in: reportPeriods(kpi, asOf).map((p) => p.start) } })),
  });
  for (const value of values) value.frozenAt ??= now;
  await em.flush();
}
