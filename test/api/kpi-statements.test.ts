import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

/** What the framework dashboard asks (as the benchmark does): every KPI with its trend and its milestones. */
const SCORECARD = `query ($asOf: LocalDate) { kpiScorecard(asOf: $asOf) {
  kpiId code frequency current { period value } trend { periodStart value numerator denominator } milestones { date actual } } }`;
const CREATE_KPI = `mutation ($la: UUID!, $code: String!, $unit: KpiUnit!, $direction: KpiDirection!, $target: Float!, $frequency: KpiFrequency!,
  $calculation: KpiCalculation!, $milestones: [KpiMilestoneTargetInput!]) {
  createKpi(localAuthorityId: $la, code: $code, name: $code, definition: "A copy, to count statements", unit: $unit, direction: $direction, target: $target,
    amberTolerance: 1, frequency: $frequency, owner: "Tests", source: COMPUTED, calculation: $calculation, milestoneTargets: $milestones) { id } }`;
const ASOF = '2026-09-01';
/** Milestones spread over two years, each in a period of its own, so that they add periods the trend does not have. */
const MILESTONES = ['2024-10-15', '2025-02-10', '2025-05-20', '2025-11-03', '2026-03-30', '2026-08-20'];

type Row = { kpiId: string; code: string; frequency: string; trend: { periodStart: string; value: number | null; numerator: number | null; denominator: number | null }[] };

let app: TestApp;
let qa: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
});

async function scorecard(): Promise<{ rows: Row[]; statements: number }> {
  const result = await app.graphql(SCORECARD, { asOf: ASOF }, qa);
  expect(result.errors).toBeUndefined();
  return { rows: result.data!.kpiScorecard as Row[], statements: Number(result.headers.get('x-sql-statements')) };
}

it('answers kpiScorecard in the same number of statements however many KPIs, frequencies and periods it shows: at most one per calculation and authority, and three more', async () => {
  const computed = await app.sql<{ id: string; la: string; code: string; unit: string; direction: string; target: number; frequency: string; calculation: string }>(
    `select id, local_authority_id as la, code, unit, direction, target, frequency, calculation from kpi where source = 'COMPUTED' order by local_authority_id, code`,
  );
  const [{ n: authorities }] = (await app.sql<{ n: number }>('select count(distinct local_authority_id)::int as n from kpi')) as [{ n: number }];
  const [{ n: calculations }] = (await app.sql<{ n: number }>(`select count(distinct (local_authority_id, calculation))::int as n from kpi where source = 'COMPUTED'`)) as [{ n: number }];
  // The session, the KPIs and their stored values; then one grouped statement per figure of each authority.
  const bound = 3 + calculations;
  const before = await scorecard();
  console.log(`kpiScorecard: ${before.rows.length} KPIs (${computed.length} computed, ${calculations} calculations in ${authorities} authorities): ${before.statements} statements, bound ${bound}`);
  expect(before.statements).toBeGreaterThan(0);
  expect(before.statements).toBeLessThanOrEqual(bound);

  // Each computed KPI again twice: at its own frequency with milestones, and at another frequency.
  const other = { MONTHLY: 'QUARTERLY', QUARTERLY: 'TERMLY', TERMLY: 'MONTHLY' } as Record<string, string>;
  for (const [i, kpi] of computed.entries()) {
    for (const [copy, frequency] of [['S', kpi.frequency], ['O', other[kpi.frequency]!]] as const) {
      const created = await app.graphql(
        CREATE_KPI,
        {
          la: kpi.la,
          code: `${kpi.code}-${copy}${i}`,
          unit: kpi.unit,
          direction: kpi.direction,
          target: kpi.target,
          frequency,
          calculation: kpi.calculation,
          milestones: MILESTONES.map((date) => ({ date, target: kpi.target })),
        },
        qa,
      );
      expect(created.errors).toBeUndefined();
    }
  }
  const after = await scorecard();
  console.log(`kpiScorecard: ${after.rows.length} KPIs: ${after.statements} statements`);
  expect(after.rows.length).toBe(before.rows.length + 2 * computed.length);
  expect(after.statements).toBe(before.statements);

  // A copy at the KPI's own frequency shows the KPI's own figures, period by period.
  for (const [i, kpi] of computed.entries()) {
    const copy = after.rows.find((r) => r.code === `${kpi.code}-S${i}`)!;
    expect(copy.trend).toEqual(after.rows.find((r) => r.kpiId === kpi.id)!.trend);
    expect(copy.trend).toEqual(before.rows.find((r) => r.kpiId === kpi.id)!.trend);
  }
});
