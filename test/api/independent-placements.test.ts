import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * INDEPENDENT_PLACEMENTS and its annual cost count the placements at independent or non-maintained special
 * schools and independent specialist colleges, as their names say: a placement at a maintained special school
 * in another county, which a commissioner also monitors, is left out. Checked against a count from the rows.
 */
const KPI_ROW = `query ($id: UUID!, $asOf: LocalDate) { kpiRow(id: $id, asOf: $asOf) { code trend { periodEnd partial frozen value } } }`;
const INDEPENDENT = ['INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'INDEPENDENT_SPECIALIST_COLLEGE'];

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let app: TestApp;
let commissioner: string;
let qa: string;
let cam: string;

beforeAll(async () => {
  app = await startApp();
  commissioner = await app.login('commissioner@example.org');
  qa = await app.login('qa@example.org');
  cam = await localAuthorityId(app, '873');
});
afterAll(async () => {
  await app?.close();
});

/** Placements of the authority open on the day, all of them or only those at the setting types given, with their annual cost. */
async function openOn(day: string, types: string[] | null): Promise<{ n: number; cost: number }> {
  const [row] = await app.sql<{ n: string; cost: string }>(
    `select count(*) as n, coalesce(sum(p.education_cost + p.health_cost + p.social_care_cost), 0) as cost
       from placement p join provider pr on pr.id = p.provider_id join setting s on s.id = pr.setting_id
      where p.local_authority_id = $1 and p.start_date <= $2 and (p.ended_on is null or p.ended_on > $2) and ($3::text[] is null or s.type = any($3::text[]))`,
    [cam, day, types],
  );
  return { n: Number(row!.n), cost: Number(row!.cost) };
}

it('counts only independent and non-maintained placements, and their cost, leaving out those at maintained schools', async () => {
  // Two placements at a maintained special school in Norfolk, open over the last two quarters.
  const setting = await app.graphql(
    `mutation ($la: UUID!) { createSetting(localAuthorityId: $la, urn: "9180001", name: "Broadwater Special School, Norfolk (synthetic)", type: SPECIAL, phase: ALL_THROUGH,
      ofstedRating: GOOD, ofstedInspectionDate: "2025-03-01", areaAuthorityCode: "926", areaAuthorityName: "Norfolk", postcode: "NR1 1AA", latitude: 52.6, longitude: 1.3) { id } }`,
    { la: cam },
    commissioner,
  );
  expect(setting.errors).toBeUndefined();
  const provider = await app.graphql(
    `mutation ($la: UUID!, $setting: UUID!) { createProvider(localAuthorityId: $la, settingId: $setting, purchasingRoute: SPOT_PURCHASE, contractReference: "873-MNT-1", section41Approved: false) { id } }`,
    { la: cam, setting: setting.data!.createSetting.id },
    commissioner,
  );
  expect(provider.errors).toBeUndefined();
  const children = await app.sql<{ child: string; plan: string }>(
    `select c.id as child, p.id as plan from child c join plan p on p.child_id = c.id
      where c.local_authority_id = $1 and p.status = 'FINAL' and not exists (select 1 from placement x where x.child_id = c.id)
      order by c.case_reference limit 2`,
    [cam],
  );
  for (const child of children) {
    const placed = await app.graphql(
      `mutation ($child: UUID!, $plan: UUID!, $provider: UUID!, $start: LocalDate!, $end: LocalDate!) {
        createPlacement(childId: $child, planId: $plan, providerId: $provider, startDate: $start, plannedEndDate: $end, contractReference: "873-MNT-IPA",
          educationCost: 30000, healthCost: 0, socialCareCost: 0, attendancePattern: DAY, weeksPerYear: 38, noLocalProvisionReason: "Nearest school meeting the need") { id } }`,
      { ...child, provider: provider.data!.createProvider.id, start: daysFrom(today, -200), end: daysFrom(today, 200) },
      commissioner,
    );
    expect(placed.errors).toBeUndefined();
  }

  const kpis = await app.sql<{ id: string; calculation: string }>(
    `select id, calculation from kpi where local_authority_id = $1 and calculation in ('INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST')`,
    [cam],
  );
  expect(kpis.map((k) => k.calculation).sort()).toEqual(['INDEPENDENT_PLACEMENTS', 'INDEPENDENT_PLACEMENTS_ANNUAL_COST']);
  let excluding = 0;
  for (const kpi of kpis) {
    const row = await app.graphql(KPI_ROW, { id: kpi.id }, qa);
    expect(row.errors).toBeUndefined();
    const ended = (row.data!.kpiRow.trend as { periodEnd: string; partial: boolean; frozen: boolean; value: number }[]).filter((p) => !p.partial && !p.frozen);
    expect(ended.length).toBeGreaterThan(0);
    for (const point of ended) {
      const independent = await openOn(point.periodEnd, INDEPENDENT);
      const all = await openOn(point.periodEnd, null);
      expect(point.value).toBe(kpi.calculation === 'INDEPENDENT_PLACEMENTS' ? independent.n : independent.cost);
      if (all.n > independent.n) excluding += 1;
    }
  }
  // The maintained placements were open at the end of at least the last quarter, in both KPIs.
  expect(excluding).toBeGreaterThanOrEqual(2);
});
