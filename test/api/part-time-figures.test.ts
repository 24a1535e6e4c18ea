import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { FIXTURE } from '../helpers/fixture.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';
import { ofSchoolAge } from '../helpers/school-age.js';
import { compulsorySchoolAgeFrom, compulsorySchoolAgeFromSql } from '../../api/src/core/school-calendar.js';

/*
 * Every part-time figure the API gives, computed again here from the stored rows in plain TypeScript:
 * the expected values come from the fixture, never from the code under test.
 */

interface Row {
  id: string;
  sen_status: string;
  reason: string;
  setting_id: string;
  date_of_birth: string;
  primary_need: string;
  looked_after: boolean;
  start_date: string;
  agreed_end_date: string;
  ended_on: string | null;
  parent_agreement_date: string | null;
  caseworker_agreement_date: string | null;
  virtual_school_agreement_date: string | null;
  has_social_worker: boolean;
  social_worker_involvement: string | null;
  extended_until: string | null;
  extension_reason: string | null;
  status: string;
  next_review_date: string;
}
interface ReviewRow {
  timetable_id: string;
  review_date: string;
  next_review_date: string | null;
}
interface PolicyRow {
  maximum_weeks: number;
  baseline_date: string;
  baseline_count: number;
  target_reduction_percent: number;
  target_date: string;
}

const FIGURES = `query ($localAuthorityId: UUID!, $asOf: LocalDate) { partTimeFigures(localAuthorityId: $localAuthorityId, asOf: $asOf) {
  active belowCompulsorySchoolAge reviewOverdue consentMissing overMaximum ended medianWeeks baselineDate baselineCount targetReductionPercent targetDate targetCount reductionPercent trajectoryCount onTrack
  bySenStatus { key count } bySetting { key count } byPhase { key count } byPrimaryNeed { key count } byReason { key count } } }`;

let app: TestApp;
let qa: string;
const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column.split('.').pop()}`;

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
});

async function rows(la: string): Promise<{ timetables: Row[]; reviews: ReviewRow[]; policy: PolicyRow }> {
  const timetables = await app.sql<Row>(
    `select t.id, t.sen_status, t.reason, t.setting_id, ${d('c.date_of_birth')}, c.primary_need, c.looked_after, ${d('t.start_date')}, ${d('t.agreed_end_date')}, ${d('t.ended_on')},
            ${d('t.parent_agreement_date')}, ${d('t.caseworker_agreement_date')}, ${d('t.virtual_school_agreement_date')}, t.has_social_worker, t.social_worker_involvement,
            ${d('t.extended_until')}, t.extension_reason, t.status, ${d('t.next_review_date')}
       from part_time_timetable t join child c on c.id = t.child_id where t.local_authority_id = $1`,
    [la],
  );
  const reviews = await app.sql<ReviewRow>(`select timetable_id, ${d('review_date')}, ${d('next_review_date')} from part_time_review where local_authority_id = $1`, [la]);
  const [policy] = await app.sql<PolicyRow>(
    `select maximum_weeks, ${d('baseline_date')}, baseline_count, target_reduction_percent, ${d('target_date')} from part_time_policy where local_authority_id = $1`,
    [la],
  );
  return { timetables, reviews, policy: policy! };
}

/** The phase from the pupil's age on 31 August before the date (Reception = year 0). */
function phase(dateOfBirth: string, on: string): string {
  const [y, m] = on.split('-').map(Number) as [number, number];
  const [by, bm] = dateOfBirth.split('-').map(Number) as [number, number];
  const yearGroup = (m >= 9 ? y : y - 1) - by - (bm >= 9 ? 1 : 0) - 4;
  if (yearGroup < 0) return 'EARLY_YEARS';
  if (yearGroup <= 6) return 'PRIMARY';
  if (yearGroup <= 11) return 'SECONDARY';
  return yearGroup <= 14 ? 'POST_16' : 'POST_19';
}

function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  return out;
}
const asRecord = (groups: { key: string; count: number }[]) => Object.fromEntries(groups.map((g) => [g.key, g.count]));

function expected(data: Awaited<ReturnType<typeof rows>>, on: string) {
  const { timetables, reviews, policy } = data;
  const open = timetables.filter((t) => t.start_date <= on && (t.ended_on === null || t.ended_on > on));
  const active = open.filter((t) => ofSchoolAge(t.date_of_birth, on));
  const overdue = active.filter((t) => {
    const held = reviews.filter((r) => r.timetable_id === t.id && r.review_date <= on).sort((a, b) => (a.review_date < b.review_date ? -1 : 1));
    const due = held.length ? held[held.length - 1]!.next_review_date : t.agreed_end_date;
    return due !== null && due < on;
  });
  const lacks = (date: string | null) => date === null || date > on;
  const consent = active.filter(
    (t) =>
      lacks(t.parent_agreement_date) ||
      (t.sen_status === 'EHCP' && lacks(t.caseworker_agreement_date)) ||
      (t.looked_after && lacks(t.virtual_school_agreement_date)) ||
      (t.has_social_worker && !t.social_worker_involvement),
  );
  const over = active.filter((t) => !(t.extended_until && t.extension_reason) && days(t.start_date, t.agreed_end_date > on ? t.agreed_end_date : on) > policy.maximum_weeks * 7);
  const lengths = timetables.filter((t) => t.ended_on !== null && t.ended_on <= on).map((t) => days(t.start_date, t.ended_on!)).sort((a, b) => a - b);
  const mid = lengths.length >> 1;
  const medianDays = lengths.length === 0 ? null : lengths.length % 2 ? lengths[mid]! : (lengths[mid - 1]! + lengths[mid]!) / 2;
  const target = policy.baseline_count * (1 - policy.target_reduction_percent / 100);
  const share = Math.min(1, days(policy.baseline_date, on) / days(policy.baseline_date, policy.target_date));
  const trajectory = on < policy.baseline_date ? null : policy.baseline_count - (policy.baseline_count - target) * share;
  return {
    active: active.length,
    belowCompulsorySchoolAge: open.length - active.length,
    reviewOverdue: overdue.length,
    consentMissing: consent.length,
    overMaximum: over.length,
    ended: lengths.length,
    medianWeeks: medianDays === null ? null : medianDays / 7,
    baselineCount: policy.baseline_count,
    targetCount: target,
    reductionPercent: (100 * (policy.baseline_count - active.length)) / policy.baseline_count,
    trajectoryCount: trajectory,
    onTrack: trajectory === null ? null : active.length <= trajectory,
    bySenStatus: tally(active.map((t) => t.sen_status)),
    bySetting: tally(active.map((t) => t.setting_id)),
    byPhase: tally(active.map((t) => phase(t.date_of_birth, on))),
    byPrimaryNeed: tally(active.map((t) => t.primary_need)),
    byReason: tally(active.map((t) => t.reason)),
  };
}

it.each(['873', '874'] as const)('gives the figures of %s on any date as the rows give them', async (code) => {
  const la = await localAuthorityId(app, code);
  const data = await rows(la);
  expect(data.timetables.length).toBeGreaterThan(20);
  for (const on of ['2024-09-01', '2025-02-14', '2025-11-20', FIXTURE.asOf]) {
    const got = (await app.graphql(FIGURES, { localAuthorityId: la, asOf: on }, qa)).data?.partTimeFigures;
    const want = expected(data, on);
    expect({
      ...got,
      bySenStatus: asRecord(got.bySenStatus),
      bySetting: asRecord(got.bySetting),
      byPhase: asRecord(got.byPhase),
      byPrimaryNeed: asRecord(got.byPrimaryNeed),
      byReason: asRecord(got.byReason),
    }).toMatchObject({
      ...want,
      medianWeeks: want.medianWeeks === null ? null : expect.closeTo(want.medianWeeks, 9),
      targetCount: expect.closeTo(want.targetCount, 9),
      reductionPercent: expect.closeTo(want.reductionPercent, 9),
      trajectoryCount: want.trajectoryCount === null ? null : expect.closeTo(want.trajectoryCount, 9),
    });
    // Schools with the most come first.
    const counts = got.bySetting.map((g: { count: number }) => g.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  }
});

it('shows the demo history falling from the baseline towards the target, with some reviews overdue and some consent missing', async () => {
  const la = await localAuthorityId(app, '873');
  const data = await rows(la);
  const atBaseline = expected(data, data.policy.baseline_date);
  expect(atBaseline.active).toBe(data.policy.baseline_count);
  const now = expected(data, FIXTURE.asOf);
  expect(now.reviewOverdue).toBeGreaterThan(0);
  expect(now.consentMissing).toBeGreaterThan(0);
});

it('gives the monthly trend as the rows give it, with the target line', async () => {
  const la = await localAuthorityId(app, '874');
  const data = await rows(la);
  const trend = (await app.graphql('query ($la: UUID!) { partTimeTrend(localAuthorityId: $la, from: "2024-07-15", to: "2026-09-01") { date active trajectoryCount } }', { la }, qa)).data?.partTimeTrend;
  expect(trend[0].date).toBe('2024-07-01');
  expect(trend).toHaveLength(27);
  for (const point of trend) {
    const want = expected(data, point.date);
    expect(point.active).toBe(want.active);
    if (want.trajectoryCount === null) expect(point.trajectoryCount).toBeNull();
    else expect(point.trajectoryCount).toBeCloseTo(want.trajectoryCount, 9);
  }
});

it('gives the trend by academic term too: active on each term\'s first day, summer from Easter Sunday', async () => {
  const la = await localAuthorityId(app, '874');
  const data = await rows(la);
  const trend = (await app.graphql('query ($la: UUID!) { partTimeTrend(localAuthorityId: $la, from: "2025-09-01", to: "2026-08-31", calendar: ACADEMIC, frequency: TERMLY) { period date active } }', { la }, qa)).data?.partTimeTrend;
  // Easter Sunday 2026 fell on 5 April.
  expect(trend.map((p: { period: string; date: string }) => [p.period, p.date])).toEqual([
    ['2025/26 Autumn', '2025-09-01'],
    ['2025/26 Spring', '2026-01-01'],
    ['2025/26 Summer', '2026-04-05'],
  ]);
  for (const point of trend) expect(point.active).toBe(expected(data, point.date).active);
});

it('lists the timetables whose review is overdue or that lack an agreement, as of today', async () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const all = [...(await rows(await localAuthorityId(app, '873'))).timetables, ...(await rows(await localAuthorityId(app, '874'))).timetables];
  const overdue = all.filter((t) => t.status === 'ACTIVE' && t.next_review_date < today);
  const lacking = all.filter(
    (t) => !t.parent_agreement_date || (t.sen_status === 'EHCP' && !t.caseworker_agreement_date) || (t.looked_after && !t.virtual_school_agreement_date) || (t.has_social_worker && !t.social_worker_involvement),
  );
  const meta = (filter: object) => app.graphql('query ($filter: PartTimeTimetableFilter) { _allPartTimeTimetablesMeta(filter: $filter) { count } }', { filter }, qa);
  expect((await meta({ reviewOverdue: true })).data?._allPartTimeTimetablesMeta.count).toBe(overdue.length);
  expect((await meta({ consentMissing: true })).data?._allPartTimeTimetablesMeta.count).toBe(lacking.length);
  expect((await meta({ consentMissing: false })).data?._allPartTimeTimetablesMeta.count).toBe(all.length - lacking.length);
  const page = (await app.graphql('{ allPartTimeTimetables(perPage: 200, filter: { consentMissing: true }) { consentMissing reviewOverdue missingAgreements } }', {}, qa)).data?.allPartTimeTimetables;
  expect(page.every((t: { consentMissing: boolean; missingAgreements: string[] }) => t.consentMissing && t.missingAgreements.length > 0)).toBe(true);
  expect(await count(app, 'select count(*) as n from part_time_policy')).toBe(2);
});

it('lists timetables with their child, setting, reviews and flags in the same number of statements for 5 rows as for 100', async () => {
  const statements = async (perPage: number) => {
    const result = await app.graphql(
      `query ($perPage: Int) { allPartTimeTimetables(perPage: $perPage) { id child { caseReference } setting { name } localAuthority { code } reviews { hoursPerWeek }
        reviewOverdue consentMissing missingAgreements overMaximum weeksOn percentOfFullTime } }`,
      { perPage },
      qa,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.allPartTimeTimetables).toHaveLength(perPage);
    return Number(result.headers.get('x-sql-statements'));
  };
  const few = await statements(5);
  expect(await statements(100)).toBe(few);
});

it('counts a pupil below compulsory school age apart from the others, in the figures, the trend and the KPI', async () => {
  const la = await localAuthorityId(app, '874');
  // A Reception pupil whose fifth birthday is 10 October 2026: of compulsory school age from 1 January 2027.
  const child = await app.graphql(
    'mutation ($la: UUID!) { createChild(localAuthorityId: $la, caseReference: "CSA-TEST-1", dateOfBirth: "2021-10-10", sex: FEMALE, primaryNeed: SLCN) { id } }',
    { la },
    qa,
  );
  expect(child.errors).toBeUndefined();
  const pupil = child.data!.createChild as { id: string };
  const [school] = await app.sql<{ id: string }>("select id from setting where local_authority_id = $1 and type = 'MAINSTREAM' and phase = 'PRIMARY' order by urn limit 1", [la]);
  const before = (await app.graphql(FIGURES, { localAuthorityId: la, asOf: '2026-12-01' }, qa)).data?.partTimeFigures;
  const beforeJanuary = (await app.graphql(FIGURES, { localAuthorityId: la, asOf: '2027-01-04' }, qa)).data?.partTimeFigures;
  const created = await app.graphql(
    `mutation ($la: UUID!, $child: UUID!, $school: UUID!) { createPartTimeTimetable(localAuthorityId: $la, childId: $child, settingId: $school, senStatus: SEN_SUPPORT, reason: BEHAVIOUR,
       startDate: "2026-11-20", agreedEndDate: "2027-01-29", hoursPerWeek: 12, parentAgreementDate: "2026-11-19", returnPlan: "Build up to full days by February") { id } }`,
    { la, child: pupil.id, school: school!.id },
    qa,
  );
  expect(created.errors).toBeUndefined();
  const after = (await app.graphql(FIGURES, { localAuthorityId: la, asOf: '2026-12-01' }, qa)).data?.partTimeFigures;
  expect(after.active).toBe(before.active);
  expect(after.belowCompulsorySchoolAge).toBe(before.belowCompulsorySchoolAge + 1);
  // From the spring term the same pupil is of compulsory school age: a reduced timetable, counted, and its reason shows.
  const january = (await app.graphql(FIGURES, { localAuthorityId: la, asOf: '2027-01-04' }, qa)).data?.partTimeFigures;
  expect(january.active).toBe(beforeJanuary.active + 1);
  expect(january.belowCompulsorySchoolAge).toBe(beforeJanuary.belowCompulsorySchoolAge);
  const behaviour = (figures: { byReason: { key: string; count: number }[] }) => figures.byReason.find((g) => g.key === 'BEHAVIOUR')?.count ?? 0;
  expect(behaviour(january)).toBe(behaviour(beforeJanuary) + 1);
  expect(behaviour(after)).toBe(behaviour(before));

  // The QA framework's KPI reads the same rule in SQL: its value on each day equals the figures' count.
  const kpiDays = await app.sql<{ open: string }>(
    `select count(t.id) as open from unnest($2::date[]) with ordinality as d(day, i)
       left join (part_time_timetable t join child c on c.id = t.child_id)
         on t.local_authority_id = $1 and t.start_date <= d.day and (t.ended_on is null or t.ended_on > d.day) and ${compulsorySchoolAgeFromSql('c.date_of_birth')} <= d.day
      group by d.i order by d.i`,
    [la, ['2026-12-01', '2027-01-04']],
  );
  expect(kpiDays.map((r) => Number(r.open))).toEqual([after.active, january.active]);
});

it("works out compulsory school age in SQL on the same day as in TypeScript, for every birthday of five years", async () => {
  const births: string[] = [];
  for (let day = Date.parse('2019-01-01T00:00:00Z'); day <= Date.parse('2023-12-31T00:00:00Z'); day += DAY) births.push(new Date(day).toISOString().slice(0, 10));
  const rows = await app.sql<{ birth: string; from: string }>(
    `select to_char(b, 'YYYY-MM-DD') as birth, to_char(${compulsorySchoolAgeFromSql('b')}, 'YYYY-MM-DD') as "from" from unnest($1::date[]) b`,
    [births],
  );
  expect(rows).toHaveLength(births.length);
  for (const row of rows) expect(row.from).toBe(compulsorySchoolAgeFrom(row.birth));
});
