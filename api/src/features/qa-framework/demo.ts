import type { EntityManager } from '@mikro-orm/postgresql';
import { MANUAL_KPI_MONTHS, generateQaFramework, type SyntheticData } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { pgArray } from '../../core/db/sql.js';
import { kpiCalculation } from '../../core/kpi-catalogue.js';
import { KpiSource } from './enums.js';
import { ImprovementAction, ImprovementOutcome, Milestone, Workstream } from './improvement-plan.entity.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { KpiFigures } from './kpi.service.js';
import { periodContaining, periodsUpTo } from '../../core/periods.js';
import { KpiFrequency, ReportingCalendar } from './enums.js';
import { defaultCalendar } from './kpi.resolver.js';

/**
 * Loads the framework's demo: the KPIs with two years of manual values (with evidence), the improvement
 * plan, and the computed KPIs' history calculated by the same code the API uses.
 */
export async function loadQaFrameworkDemo(em: EntityManager, data: SyntheticData, options: { seed: number; asOf: string }): Promise<void> {
  const framework = generateQaFramework(data, options);
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  const kpis = [];
  for (const kpi of framework.kpis) {
    // Where the calculation's feature sets a baseline and target in its own policy, the KPI starts from them.
    const baseline = kpi.calculation ? await kpiCalculation(kpi.calculation).baseline?.(em, kpi.localAuthorityId, kpi.baselineDate!) : null;
    kpis.push({ ...kpi, calendar: defaultCalendar(kpi.frequency as KpiFrequency), ...baseline });
  }
  await bulkInsert(em, Kpi, kpis.map(({ localAuthorityId, ...kpi }) => ({ ...kpi, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(
    em,
    KpiValue,
    framework.kpiValues.map(({ localAuthorityId, kpiId, month, ...value }) => {
      const period = periodContaining(ReportingCalendar.FINANCIAL, KpiFrequency.MONTHLY, month);
      return { ...value, kpi: kpiId, localAuthority: localAuthorityId, periodStart: period.start, periodEnd: period.end, period: period.label, ...stamp };
    }),
  );
  await bulkInsert(em, Workstream, framework.workstreams.map(({ localAuthorityId, ...w }) => ({ ...w, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(em, ImprovementOutcome, framework.outcomes.map(({ localAuthorityId, workstreamId, ...o }) => ({ ...o, workstream: workstreamId, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(em, ImprovementAction, framework.actions.map(({ localAuthorityId, outcomeId, kpiIds: _, ...a }) => ({ ...a, outcome: outcomeId, localAuthority: localAuthorityId, ...stamp })));
  const links = framework.actions.flatMap((a) => a.kpiIds.map((kpiId) => [a.id, kpiId] as const));
  if (links.length > 0) {
    await em.execute(`insert into improvement_action_kpis (improvement_action_id, kpi_id) select * from unnest(?::uuid[], ?::uuid[])`, [
      pgArray(links.map(([a]) => a)),
      pgArray(links.map(([, k]) => k)),
    ]);
  }
  await bulkInsert(em, Milestone, framework.milestones.map(({ localAuthorityId, actionId, ...m }) => ({ ...m, action: actionId, localAuthority: localAuthorityId, ...stamp })));

  const computed = await em.find(Kpi, { source: KpiSource.COMPUTED });
  await new KpiFigures(em).recalculate(
    computed.map((kpi) => ({ kpi, periods: periodsUpTo(kpi.calendar, kpi.frequency, options.asOf, kpi.frequency === KpiFrequency.MONTHLY ? MANUAL_KPI_MONTHS : 8) })),
    now,
  );
  await em.flush();
}
