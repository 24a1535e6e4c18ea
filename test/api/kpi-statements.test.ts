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

/**
 * Calculations that one underlying figure answers between them, so that a scorecard holding them all
 * asks it once per authority: the advice of every agency, health advice on time and its quality, the
 * count and the cost of placements, 20-week timeliness with and without exceptions. Every other
 * calculation is a figure of its own.
 */
const SHARED = [
  ['ADVICE_WITHIN_6_WEEKS_EDUCATION', 'ADVICE_WITHIN_6_WEEKS_EDUCATIONAL_PSYCHOLOGY', 'ADVICE_WITHIN_6_WEEKS_HEALTH', 'ADVICE_WITHIN_6_WEEKS_SOCIAL_CARE', 'ADVICE_WITHIN_6_WEEKS_OTHER'],
  ['HEALTH_ADVICE_ON_TIME', 'HEALTH_ADVICE_GOOD_OR_BETTER'],
  ['INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST'],
  ['ASSESSMENTS_WITHIN_20_WEEKS', 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS'],
];
/** The unit of each calculation that does not yield a percentage. */
const UNITS: Record<string, string> = { ANNUAL_REVIEWS_OVERDUE: 'COUNT', INDEPENDENT_PLACEMENTS: 'COUNT', INDEPENDENT_PLACEMENTS_ANNUAL_COST: 'POUNDS', PART_TIME_TIMETABLES: 'COUNT' };
const figureOf = (calculation: string) => SHARED.find((group) => group.includes(calculation))?.[0] ?? calculation;

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

it('answers kpiScorecard in one statement per underlying figure and authority, and three more, however many KPIs, frequencies and periods it shows', async () => {
  // Every calculation the catalogue offers, in every authority that has KPIs: the demo's KPIs and one more of each calculation they lack.
  const offered = (await app.graphql('{ __type(name: "KpiCalculation") { enumValues { name } } }', {}, qa)).data!.__type.enumValues.map((v: { name: string }) => v.name) as string[];
  expect(offered).toEqual(expect.arrayContaining(SHARED.flat()));
  const authorities = (await app.sql<{ la: string }>('select distinct local_authority_id as la from kpi')).map((r) => r.la);
  for (const la of authorities) {
    const held = (await app.sql<{ calculation: string }>(`select distinct calculation from kpi where local_authority_id = $1 and source = 'COMPUTED'`, [la])).map((r) => r.calculation);
    for (const [i, calculation] of offered.filter((c) => !held.includes(c)).entries()) {
      const created = await app.graphql(
        CREATE_KPI,
        { la, code: `ALL-${i}`, unit: UNITS[calculation] ?? 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 1, frequency: 'MONTHLY', calculation, milestones: [] },
        qa,
      );
      expect(created.errors).toBeUndefined();
    }
  }
  const computed = await app.sql<{ id: string; la: string; code: string; unit: string; direction: string; target: number; frequency: string; calculation: string }>(
    `select id, local_authority_id as la, code, unit, direction, target, frequency, calculation from kpi where source = 'COMPUTED' order by local_authority_id, code`,
  );
  const figures = new Set(computed.map((kpi) => `${kpi.la} ${figureOf(kpi.calculation)}`)).size;
  // The session, the KPIs and their stored values; then one grouped statement per figure of each authority.
  const expected = 3 + figures;
  const before = await scorecard();
  console.log(`kpiScorecard: ${before.rows.length} KPIs (${computed.length} computed, ${figures} figures in ${authorities.length} authorities): ${before.statements} statements`);
  expect(new Set(computed.map((kpi) => kpi.calculation))).toEqual(new Set(offered));
  expect(before.statements).toBe(expected);

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
