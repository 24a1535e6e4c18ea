import type { EntityManager } from '@mikro-orm/postgresql';
import { MANUAL_KPI_MONTHS, generateQaFramework, type SyntheticData } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { KpiCalculation } from './calculations.js';
import { KpiSource } from './enums.js';
import { policyFor } from '../part-time/policy.resolver.js';
import { placementHighlights } from '../placements/highlights.js';
import { policiesOf } from '../placements/policy.service.js';
import { ImprovementAction, ImprovementOutcome, Milestone, Workstream } from './improvement-plan.entity.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { KpiFigures } from './kpi.service.js';
import { KpiFrequency } from './enums.js';
import { periodContaining, periodsUpTo } from './periods.js';
import { reviewsOverdue } from '../statutory-timeline/figures.js';

/**
 * Loads the framework's demo: the KPIs with two years of manual values (with evidence), the improvement
 * plan, and the computed KPIs' history calculated by the same code the API uses.
 */
export async function loadQaFrameworkDemo(em: EntityManager, data: SyntheticData, options: { seed: number; asOf: string }): Promise<void> {
  const framework = generateQaFramework(data, options);
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  const kpis = [];
  for (const kpi of framework.kpis) kpis.push({ ...kpi, ...(await policyBaseline(em, kpi.calculation, kpi.localAuthorityId, kpi.baselineDate!)) });
  await bulkInsert(em, Kpi, kpis.map(({ localAuthorityId, ...kpi }) => ({ ...kpi, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(
    em,
    KpiValue,
    framework.kpiValues.map(({ localAuthorityId, kpiId, month, ...value }) => {
      const period = periodContaining(KpiFrequency.MONTHLY, month);
      return { ...value, kpi: kpiId, localAuthority: localAuthorityId, periodStart: period.start, periodEnd: period.end, period: period.label, ...stamp };
    }),
  );
  await bulkInsert(em, Workstream, framework.workstreams.map(({ localAuthorityId, ...w }) => ({ ...w, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(em, ImprovementOutcome, framework.outcomes.map(({ localAuthorityId, workstreamId, ...o }) => ({ ...o, workstream: workstreamId, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(em, ImprovementAction, framework.actions.map(({ localAuthorityId, outcomeId, kpiIds: _, ...a }) => ({ ...a, outcome: outcomeId, localAuthority: localAuthorityId, ...stamp })));
  const links = framework.actions.flatMap((a) => a.kpiIds.map((kpiId) => [a.id, kpiId] as const));
  if (links.length > 0) {
    await em.execute(`insert into improvement_action_kpis (improvement_action_id, kpi_id) select * from unnest(?::uuid[], ?::uuid[])`, [
      `{${links.map(([a]) => a).join(',')}}`,
      `{${links.map(([, k]) => k).join(',')}}`,
    ]);
  }
  await bulkInsert(em, Milestone, framework.milestones.map(({ localAuthorityId, actionId, ...m }) => ({ ...m, action: actionId, localAuthority: localAuthorityId, ...stamp })));

  const figures = new KpiFigures(em);
  const computed = await em.find(Kpi, { source: KpiSource.COMPUTED });
  for (const kpi of computed) {
    const periods = periodsUpTo(kpi.frequency, options.asOf, kpi.frequency === KpiFrequency.MONTHLY ? MANUAL_KPI_MONTHS : 8);
    await figures.recalculate(kpi, periods, now);
  }
  await em.flush();
}

type Baseline = { baselineValue?: number; baselineDate?: string; target?: number };

const reduced = (value: number, percent: number) => Math.round(value * (1 - percent / 100));

/**
 * The KPIs a feature's policy already sets a baseline and reduction target for (part-time timetables,
 * independent placements and their cost) start from that baseline and aim at that target, so the
 * framework and the feature's own figures tell the board the same story; the annual-review backlog
 * starts from the backlog on the KPIs' baseline date.
 */
async function policyBaseline(em: EntityManager, calculation: string | null, localAuthorityId: string, baselineDate: string): Promise<Baseline> {
  switch (calculation) {
    case KpiCalculation.PART_TIME_TIMETABLES: {
      const policy = await policyFor(em, localAuthorityId);
      if (policy.baselineCount === null || policy.baselineCount === undefined || !policy.baselineDate) return {};
      return { baselineValue: policy.baselineCount, baselineDate: policy.baselineDate, target: reduced(policy.baselineCount, policy.targetReductionPercent) };
    }
    case KpiCalculation.INDEPENDENT_PLACEMENTS:
    case KpiCalculation.INDEPENDENT_PLACEMENTS_ANNUAL_COST: {
      const policies = await policiesOf(em, [localAuthorityId]);
      const { baselineDate, baselineCount, targetReductionPercent } = policies.get(localAuthorityId)!;
      if (!baselineDate || baselineCount === null || baselineCount === undefined || targetReductionPercent === null || targetReductionPercent === undefined) return {};
      const baselineValue =
        calculation === KpiCalculation.INDEPENDENT_PLACEMENTS ? baselineCount : (await placementHighlights(em, [localAuthorityId], baselineDate)).annualCost;
      return { baselineValue, baselineDate, target: reduced(baselineValue, targetReductionPercent) };
    }
    case KpiCalculation.ANNUAL_REVIEWS_OVERDUE: {
      // The recovery plan starts from the backlog on the baseline date and aims to halve it.
      const baselineValue = await reviewsOverdue(em, [localAuthorityId], baselineDate);
      return { baselineValue, baselineDate, target: Math.round(baselineValue / 2) };
    }
    default:
      return {};
  }
}
