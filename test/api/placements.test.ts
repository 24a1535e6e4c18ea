import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { FIXTURE } from '../helpers/fixture.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';
import { byKey, expectedHighlights, highlights, type Highlights } from '../helpers/placements.js';

const PLACEMENT_FIELDS = `id version status startDate plannedEndDate endedOn contractReference educationCost healthCost socialCareCost annualCost
  attendancePattern nightsPerWeek weeksPerYear visitIntervalMonths lastVisitOn lastVisitRed nextVisitDue visitOverdue visitDueSoon urgentReview
  outOfArea distanceBand caseReference primaryNeed providerName outcomes { id description targetDate latestProgress }`;

const CREATE_SETTING = `mutation ($la: UUID!, $urn: String!, $rating: OfstedRating, $inspected: LocalDate) {
  createSetting(localAuthorityId: $la, urn: $urn, name: "Kestrelford House School, Norfolk (synthetic)", type: INDEPENDENT_SPECIAL, phase: ALL_THROUGH,
    ofstedRating: $rating, ofstedInspectionDate: $inspected, areaAuthorityCode: "926", areaAuthorityName: "Norfolk", postcode: "NR14 6AB",
    latitude: 52.55, longitude: 1.32) { id version }
}`;
const CREATE_PROVIDER = `mutation ($la: UUID!, $setting: UUID!) {
  createProvider(localAuthorityId: $la, settingId: $setting, purchasingRoute: NATIONAL_CONTRACT, contractReference: "873-NCA-777", section41Approved: true) {
    id name urn settingType ofstedRating outOfArea areaAuthorityCode areaAuthorityName distanceMiles ofstedOutOfDate missingDocuments
  }
}`;
const CREATE_PLACEMENT = `mutation ($child: UUID!, $plan: UUID!, $provider: UUID!, $start: LocalDate!, $end: LocalDate!, $education: Int, $health: Int, $social: Int,
  $pattern: AttendancePattern!, $nights: Int, $weeks: Int!, $overlap: String, $outcomes: [CommissionedOutcomeInput!]) {
  createPlacement(childId: $child, planId: $plan, providerId: $provider, startDate: $start, plannedEndDate: $end, contractReference: "873-IPA-9001",
    educationCost: $education, healthCost: $health, socialCareCost: $social, attendancePattern: $pattern, nightsPerWeek: $nights, weeksPerYear: $weeks,
    noLocalProvisionReason: "No local special school could meet the autism support in section F", overlapReason: $overlap, outcomes: $outcomes) { ${PLACEMENT_FIELDS} }
}`;
const RECORD_VISIT = `mutation ($placement: UUID!, $status: VisitStatus, $date: LocalDate!, $safeguarding: VisitRag, $overall: VisitRag, $reviews: [VisitOutcomeReviewInput!], $actions: [VisitActionInput!]) {
  createMonitoringVisit(placementId: $placement, status: $status, visitDate: $date, officer: "A. Commissioner", safeguarding: $safeguarding,
    provisionDelivered: GREEN, outcomesProgress: GREEN, attendance: GREEN, childVoice: GREEN, valueForMoney: GREEN, overall: $overall,
    findings: "Restraint log incomplete", outcomeReviews: $reviews, actions: $actions) {
    id status anyRed actions { id owner dueDate overdue } outcomeReviews { id progress reviewedOn }
  }
}`;
const PLACEMENT = `query ($id: UUID!) { Placement(id: $id) { ${PLACEMENT_FIELDS} } }`;

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let app: TestApp;
let commissioner: string;
let viewer: string;
let auditor: string;
let peterborough: string;
let cam: string;

/** A Cambridgeshire child with a final plan and no placement, in case-reference order. */
async function unplacedChild(skip = 0): Promise<{ child: string; plan: string; need: string }> {
  const rows = await app.sql<{ child: string; plan: string; need: string }>(
    `select c.id as child, p.id as plan, c.primary_need as need from child c join plan p on p.child_id = c.id
      where c.local_authority_id = $1 and p.status = 'FINAL' and not exists (select 1 from placement x where x.child_id = c.id)
      order by c.case_reference limit 1 offset $2`,
    [cam, skip],
  );
  return rows[0]!;
}

async function newProvider(urn: string, rating = 'GOOD', inspected: string | null = daysFrom(today, -400)): Promise<{ id: string; setting: string; provider: Record<string, unknown> }> {
  const setting = await app.graphql(CREATE_SETTING, { la: cam, urn, rating, inspected }, commissioner);
  expect(setting.errors).toBeUndefined();
  const provider = await app.graphql(CREATE_PROVIDER, { la: cam, setting: setting.data!.createSetting.id }, commissioner);
  expect(provider.errors).toBeUndefined();
  return { id: provider.data!.createProvider.id, setting: setting.data!.createSetting.id, provider: provider.data!.createProvider };
}

function placementVars(child: { child: string; plan: string }, provider: string, overrides: Record<string, unknown> = {}) {
  return {
    child: child.child, plan: child.plan, provider, start: daysFrom(today, -60), end: daysFrom(today, 60),
    education: 50_000, health: 5_000, social: 0, pattern: 'DAY', weeks: 38,
    outcomes: [
      { planReference: 'E1', description: 'Will attend 90% of sessions across a term', targetDate: daysFrom(today, 200) },
      { planReference: 'E2', description: 'Will ask a trusted adult for help when anxious', targetDate: daysFrom(today, 300) },
    ],
    ...overrides,
  };
}

const tables = ['placement', 'commissioned_outcome', 'monitoring_visit', 'visit_action', 'outcome_review'];
async function rowCounts(): Promise<number[]> {
  return Promise.all(tables.map((t) => count(app, `select count(*) as n from ${t}`)));
}

beforeAll(async () => {
  app = await startApp();
  commissioner = await app.login('commissioner@example.org');
  viewer = await app.login('viewer@example.org');
  auditor = await app.login('auditor@example.org');
  peterborough = await app.login('qa.peterborough@example.org');
  cam = await localAuthorityId(app, '873');
});
afterAll(async () => {
  await app?.close();
});

describe('a commissioner records a placement and a visit', () => {
  it('changes the highlight figures by exactly that placement, visit and review; viewers read, other authorities see nothing', async () => {
    const before = await highlights(app, commissioner, undefined, cam);
    const pbBefore = await highlights(app, peterborough);

    const { id: providerId, provider } = await newProvider('9170001');
    expect(provider).toMatchObject({ outOfArea: true, areaAuthorityCode: '926', areaAuthorityName: 'Norfolk', settingType: 'INDEPENDENT_SPECIAL', ofstedOutOfDate: false });
    expect(provider.missingDocuments).toHaveLength(7);
    // Cambridge to the provider: about 60 miles as the crow flies.
    expect(provider.distanceMiles).toBeGreaterThan(50);
    expect(provider.distanceMiles).toBeLessThan(100);

    const child = await unplacedChild();
    const created = await app.graphql(CREATE_PLACEMENT, placementVars(child, providerId), commissioner);
    expect(created.errors).toBeUndefined();
    const placement = created.data!.createPlacement;
    expect(placement).toMatchObject({
      status: 'ACTIVE', annualCost: 55_000, outOfArea: true, distanceBand: 'MILES_50_TO_100', visitIntervalMonths: 6, lastVisitOn: null,
      visitOverdue: false, urgentReview: false, primaryNeed: child.need,
    });
    expect(placement.outcomes).toHaveLength(2);

    const afterPlacement = await highlights(app, commissioner, undefined, cam);
    expect(afterPlacement.placements).toBe(before.placements + 1);
    expect(afterPlacement.annualCost).toBe(before.annualCost! + 55_000);
    for (const [groups, key] of [['byPrimaryNeed', child.need], ['byProviderType', 'INDEPENDENT_SPECIAL'], ['byOfstedRating', 'GOOD'], ['byArea', 'OUT_OF_AREA'], ['byDistanceBand', 'MILES_50_TO_100']] as const) {
      const was = byKey(before[groups])[key] ?? { count: 0, annualCost: 0 };
      expect(byKey(afterPlacement[groups])[key]).toEqual({ count: was.count + 1, annualCost: was.annualCost! + 55_000 });
    }
    expect(afterPlacement.outcomesCommissioned).toBe(before.outcomesCommissioned + 2);
    expect(afterPlacement.outcomesReviewed).toBe(before.outcomesReviewed);
    expect(afterPlacement.contractsEndingIn90Days).toBe(before.contractsEndingIn90Days + 1);
    expect(afterPlacement.visitsOverdue).toBe(before.visitsOverdue);
    expect(afterPlacement.redAtLastVisit).toBe(before.redAtLastVisit);
    expect(afterPlacement.countOverTime.at(-1)!.count).toBe(before.countOverTime.at(-1)!.count + 1);

    const visitDate = daysFrom(today, -1);
    const visit = await app.graphql(
      RECORD_VISIT,
      {
        placement: placement.id, status: 'COMPLETED', date: visitDate, safeguarding: 'RED', overall: 'AMBER',
        reviews: [{ commissionedOutcomeId: placement.outcomes[0].id, progress: 'ON_TRACK', evidence: 'Attendance 93% this term' }],
        actions: [{ description: 'Send the restraint log for the term', owner: 'Provider', dueDate: daysFrom(today, 14) }],
      },
      commissioner,
    );
    expect(visit.errors).toBeUndefined();
    expect(visit.data!.createMonitoringVisit).toMatchObject({ status: 'COMPLETED', anyRed: true, outcomeReviews: [{ progress: 'ON_TRACK', reviewedOn: visitDate }], actions: [{ owner: 'Provider', overdue: false }] });

    const afterVisit = await highlights(app, commissioner, undefined, cam);
    expect(afterVisit.redAtLastVisit).toBe(before.redAtLastVisit + 1);
    expect(afterVisit.outcomesReviewed).toBe(before.outcomesReviewed + 1);
    expect(afterVisit.outcomesAchievedOrOnTrack).toBe(before.outcomesAchievedOrOnTrack + 1);
    expect(afterVisit.placements).toBe(afterPlacement.placements);
    expect(afterVisit.visitsOverdue).toBe(before.visitsOverdue);

    const read = (await app.graphql(PLACEMENT, { id: placement.id }, viewer)).data!.Placement;
    expect(read).toMatchObject({ lastVisitOn: visitDate, lastVisitRed: true, annualCost: 55_000 });
    const [expectedDue] = await app.sql<{ due: string }>(`select to_char(($1::date + interval '6 months')::date, 'YYYY-MM-DD') as due`, [visitDate]);
    expect(read.nextVisitDue).toBe(expectedDue!.due);
    expect(read.outcomes.find((o: { id: string }) => o.id === placement.outcomes[0].id).latestProgress).toBe('ON_TRACK');

    // The viewer reads but changes nothing.
    const denied = await app.graphql(RECORD_VISIT, { placement: placement.id, date: today }, viewer);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deniedUpdate = await app.graphql('mutation ($id: UUID!, $v: Int!) { updatePlacement(id: $id, version: $v, status: ENDED, endedOn: "2026-10-01") { id } }', { id: placement.id, v: read.version }, viewer);
    expect(deniedUpdate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Another authority's user sees none of it.
    const hidden = await app.graphql(PLACEMENT, { id: placement.id }, peterborough);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const theirList = await app.graphql('query ($f: PlacementFilter) { _allPlacementsMeta(filter: $f) { count } }', { f: { ids: [placement.id] } }, peterborough);
    expect(theirList.data!._allPlacementsMeta.count).toBe(0);
    const visits = await app.graphql('query ($f: MonitoringVisitFilter) { _allMonitoringVisitsMeta(filter: $f) { count } }', { f: { placementId: placement.id } }, peterborough);
    expect(visits.data!._allMonitoringVisitsMeta.count).toBe(0);
    expect((await app.graphql('query ($la: UUID) { placementHighlights(localAuthorityId: $la) { placements } }', { la: cam }, peterborough)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await highlights(app, peterborough)).toEqual(pbBefore);
  });

  it('hides costs from an auditor without failing their reading, and shows them to the commissioner', async () => {
    const list = await app.graphql('{ allPlacements(perPage: 5) { id caseReference educationCost healthCost socialCareCost annualCost } }', {}, auditor);
    expect(list.errors).toBeUndefined();
    expect(list.data!.allPlacements.length).toBe(5);
    for (const row of list.data!.allPlacements) expect([row.educationCost, row.healthCost, row.socialCareCost, row.annualCost]).toEqual([null, null, null, null]);
    const figures = await highlights(app, auditor);
    expect(figures.annualCost).toBeNull();
    expect(figures.byPrimaryNeed.every((g) => g.annualCost === null)).toBe(true);
    expect(figures.placements).toBe((await highlights(app, commissioner)).placements);
    const theirs = await app.graphql('{ allPlacements(perPage: 5) { annualCost } }', {}, commissioner);
    expect(theirs.data!.allPlacements.every((row: { annualCost: number }) => row.annualCost > 0)).toBe(true);
  });

  it("flags every child at a provider judged Inadequate for an urgent visit, until they are visited", async () => {
    const { id: providerId, setting } = await newProvider('9170002');
    const placed = [];
    for (const skip of [0, 1]) {
      const created = await app.graphql(CREATE_PLACEMENT, placementVars(await unplacedChild(skip), providerId, { outcomes: [] }), commissioner);
      expect(created.errors).toBeUndefined();
      placed.push(created.data!.createPlacement);
    }
    const before = await highlights(app, commissioner, undefined, cam);
    const [{ version }] = (await app.sql<{ version: number }>('select version from setting where id = $1', [setting])) as [{ version: number }];
    const judged = await app.graphql(
      'mutation ($id: UUID!, $v: Int!, $d: LocalDate) { updateSetting(id: $id, version: $v, ofstedRating: INADEQUATE, ofstedInspectionDate: $d) { id } }',
      { id: setting, v: version, d: daysFrom(today, -3) },
      commissioner,
    );
    expect(judged.errors).toBeUndefined();
    for (const p of placed) expect((await app.graphql(PLACEMENT, { id: p.id }, commissioner)).data!.Placement.urgentReview).toBe(true);
    expect((await highlights(app, commissioner, undefined, cam)).urgentReviews).toBe(before.urgentReviews + 2);
    const urgent = await app.graphql('{ allPlacements(filter: { urgentReview: true }, perPage: 1000) { id } _allPlacementsMeta(filter: { urgentReview: true }) { count } }', {}, commissioner);
    expect(urgent.data!.allPlacements.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(placed.map((p) => p.id)));
    expect(urgent.data!._allPlacementsMeta.count).toBe((await highlights(app, commissioner)).urgentReviews);

    const visit = await app.graphql(RECORD_VISIT, { placement: placed[0].id, status: 'COMPLETED', date: today, safeguarding: 'AMBER', overall: 'AMBER' }, commissioner);
    expect(visit.errors).toBeUndefined();
    expect((await app.graphql(PLACEMENT, { id: placed[0].id }, commissioner)).data!.Placement.urgentReview).toBe(false);
    expect((await highlights(app, commissioner, undefined, cam)).urgentReviews).toBe(before.urgentReviews + 1);
  });

  it('flags a visit falling due within 30 days and one past due, from the start or the last completed visit', async () => {
    const { id: providerId } = await newProvider('9170013');
    const [monthsAgo] = await app.sql<{ due_soon: string; overdue: string }>(
      `select to_char(($1::date - interval '6 months' + interval '20 days')::date, 'YYYY-MM-DD') as due_soon,
              to_char(($1::date - interval '6 months' - interval '1 day')::date, 'YYYY-MM-DD') as overdue`,
      [today],
    );
    const flags = async (skip: number, start: string) => {
      const created = await app.graphql(CREATE_PLACEMENT, placementVars(await unplacedChild(skip), providerId, { start, end: daysFrom(today, 400), outcomes: [] }), commissioner);
      expect(created.errors).toBeUndefined();
      return created.data!.createPlacement as { id: string; visitDueSoon: boolean; visitOverdue: boolean; nextVisitDue: string };
    };
    const sixMonthsOn = async (date: string) =>
      (await app.sql<{ due: string }>(`select to_char(($1::date + interval '6 months')::date, 'YYYY-MM-DD') as due`, [date]))[0]!.due;
    const dueSoon = await flags(0, monthsAgo!.due_soon);
    expect(dueSoon).toMatchObject({ visitDueSoon: true, visitOverdue: false, nextVisitDue: await sixMonthsOn(monthsAgo!.due_soon) });
    const overdue = await flags(1, monthsAgo!.overdue);
    expect(overdue).toMatchObject({ visitDueSoon: false, visitOverdue: true, nextVisitDue: await sixMonthsOn(monthsAgo!.overdue) });

    // A completed visit today puts the next one six months off: neither flag.
    const visit = await app.graphql(RECORD_VISIT, { placement: overdue.id, status: 'COMPLETED', date: today, safeguarding: 'GREEN', overall: 'GREEN' }, commissioner);
    expect(visit.errors).toBeUndefined();
    expect((await app.graphql(PLACEMENT, { id: overdue.id }, commissioner)).data!.Placement).toMatchObject({ visitDueSoon: false, visitOverdue: false });
  });

  it("flags a provider's Ofsted judgement older than the 36-month re-inspection window, or undated", async () => {
    const [window] = await app.sql<{ inside: string; outside: string }>(
      `select to_char(($1::date - interval '36 months' + interval '1 day')::date, 'YYYY-MM-DD') as inside,
              to_char(($1::date - interval '36 months' - interval '1 day')::date, 'YYYY-MM-DD') as outside`,
      [today],
    );
    expect((await newProvider('9170014', 'GOOD', window!.inside)).provider.ofstedOutOfDate).toBe(false);
    expect((await newProvider('9170015', 'GOOD', window!.outside)).provider.ofstedOutOfDate).toBe(true);
    expect((await newProvider('9170016', 'GOOD', null)).provider.ofstedOutOfDate).toBe(true);
  });
});

describe('bad input is refused, naming the field and the rule, and nothing is saved', () => {
  async function refused(query: string, variables: Record<string, unknown>, field: string, rule: string): Promise<void> {
    const counts = await rowCounts();
    const result = await app.graphql(query, variables, commissioner);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await rowCounts()).toEqual(counts);
  }

  let providerId: string;
  beforeAll(async () => {
    providerId = (await newProvider('9170003')).id;
  });

  it('refuses an end before the start, and negative or missing cost parts', async () => {
    const child = await unplacedChild(5);
    await refused(CREATE_PLACEMENT, placementVars(child, providerId, { end: daysFrom(today, -90) }), 'plannedEndDate', 'afterStartDate');
    await refused(CREATE_PLACEMENT, placementVars(child, providerId, { health: -1 }), 'healthCost', 'notNegative');
    await refused(CREATE_PLACEMENT, placementVars(child, providerId, { social: null }), 'socialCareCost', 'required');
    await refused(CREATE_PLACEMENT, placementVars(child, providerId, { pattern: 'RESIDENTIAL' }), 'nightsPerWeek', 'requiredForResidential');
    await refused(CREATE_PLACEMENT, placementVars(child, providerId, { weeks: 40 }), 'weeksPerYear', 'oneOf');
    await refused(CREATE_PLACEMENT, placementVars(child, providerId, { outcomes: [{ description: 'x', targetDate: daysFrom(today, -100) }] }), 'outcomes.0.targetDate', 'afterStartDate');
  });

  it('refuses a visit in the future recorded as done, with its reviews and actions', async () => {
    const created = await app.graphql(CREATE_PLACEMENT, placementVars(await unplacedChild(6), providerId), commissioner);
    const placement = created.data!.createPlacement;
    await refused(
      RECORD_VISIT,
      {
        placement: placement.id, status: 'COMPLETED', date: daysFrom(today, 2), safeguarding: 'GREEN', overall: 'GREEN',
        reviews: [{ commissionedOutcomeId: placement.outcomes[0].id, progress: 'ON_TRACK', evidence: 'x' }],
        actions: [{ description: 'x', owner: 'Provider', dueDate: daysFrom(today, 20) }],
      },
      'visitDate',
      'notInFuture',
    );
    await refused(RECORD_VISIT, { placement: placement.id, status: 'COMPLETED', date: today, overall: 'GREEN' }, 'safeguarding', 'requiredWhenCompleted');
    // Planned for the future is fine.
    const planned = await app.graphql(RECORD_VISIT, { placement: placement.id, date: daysFrom(today, 30) }, commissioner);
    expect(planned.data!.createMonitoringVisit.status).toBe('PLANNED');
  });

  it("refuses a review of another placement's outcome", async () => {
    const first = (await app.graphql(CREATE_PLACEMENT, placementVars(await unplacedChild(7), providerId), commissioner)).data!.createPlacement;
    const second = (await app.graphql(CREATE_PLACEMENT, placementVars(await unplacedChild(8), providerId), commissioner)).data!.createPlacement;
    await refused(
      'mutation ($p: UUID!, $o: UUID!, $d: LocalDate!) { createOutcomeReview(placementId: $p, commissionedOutcomeId: $o, reviewedOn: $d, progress: ACHIEVED, evidence: "x") { id } }',
      { p: first.id, o: second.outcomes[0].id, d: today },
      'commissionedOutcomeId',
      'samePlacement',
    );
    await refused(
      RECORD_VISIT,
      { placement: first.id, status: 'COMPLETED', date: today, safeguarding: 'GREEN', overall: 'GREEN', reviews: [{ commissionedOutcomeId: second.outcomes[0].id, progress: 'ON_TRACK', evidence: 'x' }] },
      'outcomeReviews.0.commissionedOutcomeId',
      'samePlacement',
    );
  });

  it('refuses two overlapping active placements for one child without a reason, and accepts them with one', async () => {
    const child = await unplacedChild(9);
    expect((await app.graphql(CREATE_PLACEMENT, placementVars(child, providerId), commissioner)).errors).toBeUndefined();
    const second = placementVars(child, providerId, { start: daysFrom(today, -10), end: daysFrom(today, 300), outcomes: [] });
    await refused(CREATE_PLACEMENT, second, 'overlapReason', 'requiredWhenOverlapping');
    const withReason = await app.graphql(CREATE_PLACEMENT, { ...second, overlap: 'Residential respite alongside the day placement, agreed at panel' }, commissioner);
    expect(withReason.errors).toBeUndefined();
  });
});

describe('the highlight figures', () => {
  it('equal the same figures computed independently from the placement rows, for each authority and both, on several dates', async () => {
    const pb = await localAuthorityId(app, '874');
    const policies = await app.sql<{ la: string; base: string; count: number; pct: number; target: string }>(
      `select local_authority_id as la, to_char(baseline_date, 'YYYY-MM-DD') as base, baseline_count as count, target_reduction_percent as pct, to_char(target_date, 'YYYY-MM-DD') as target
         from commissioning_policy`,
    );
    for (const date of [FIXTURE.asOf, '2026-03-15', today]) {
      for (const las of [[cam], [pb], [cam, pb]]) {
        const actual: Highlights = await highlights(app, commissioner, date, las.length === 1 ? las[0] : undefined);
        const expected = await expectedHighlights(app, las, date);
        const { byPrimaryNeed, byProviderType, byOfstedRating, byArea, byDistanceBand, countOverTime, outcomesAchievedOrOnTrackPercent, ...scalars } = actual;
        const { byPrimaryNeed: n, byProviderType: t, byOfstedRating: o, byArea: a, byDistanceBand: d, countOverTime: c, ...expectedScalars } = expected;
        expect(scalars).toEqual(expectedScalars);
        expect(byKey(byPrimaryNeed)).toEqual(byKey(n));
        expect(byKey(byProviderType)).toEqual(byKey(t));
        expect(byKey(byOfstedRating)).toEqual(byKey(o));
        expect(byKey(byArea)).toEqual(byKey(a));
        expect(byKey(byDistanceBand)).toEqual(byKey(d));
        expect(outcomesAchievedOrOnTrackPercent).toBeCloseTo((100 * expected.outcomesAchievedOrOnTrack) / expected.outcomesReviewed, 9);
        expect(countOverTime.map(({ date: on, count: n }) => ({ date: on, count: n }))).toEqual(c);
        for (const point of countOverTime) {
          const targets = policies
            .filter((p) => las.includes(p.la) && point.date >= p.base)
            .map((p) => p.count * (1 - (p.pct / 100) * Math.min(1, (Date.parse(point.date) - Date.parse(p.base)) / (Date.parse(p.target) - Date.parse(p.base)))));
          if (targets.length === 0) expect(point.target).toBeNull();
          else expect(point.target).toBeCloseTo(targets.reduce((s, x) => s + x, 0), 9);
        }
      }
    }
  });

  it('has the shape of the demo on the fixture date: mostly autism and SEMH, some overdue visits and some red areas', async () => {
    const figures = await highlights(app, commissioner, FIXTURE.asOf);
    expect(figures.placements).toBeGreaterThan(10);
    const needs = byKey(figures.byPrimaryNeed);
    expect((needs.ASD?.count ?? 0) + (needs.SEMH?.count ?? 0)).toBeGreaterThan(figures.placements / 2);
    expect(figures.redAtLastVisit + figures.visitsOverdue).toBeGreaterThan(0);
  });

  it('lists the placements still open after their planned end, the same ones the figures count', async () => {
    // Two open placements whose contract ran out last month and were never recorded as ended.
    const ran = await app.sql<{ id: string }>(
      `update placement set planned_end_date = $1::date - 30 where id in (select id from placement where status = 'ACTIVE' and start_date < $1::date - 60 order by id limit 2) returning id`,
      [today],
    );
    expect(ran).toHaveLength(2);
    const past = await app.graphql(
      '{ allPlacements(filter: { pastPlannedEnd: true }, perPage: 1000) { id status plannedEndDate pastPlannedEnd } _allPlacementsMeta(filter: { pastPlannedEnd: true }) { count } }',
      {},
      commissioner,
    );
    const rows = past.data!.allPlacements as { status: string; plannedEndDate: string; pastPlannedEnd: boolean }[];
    expect(rows.map((p) => (p as unknown as { id: string }).id)).toEqual(expect.arrayContaining(ran.map((r) => r.id)));
    expect(rows.every((p) => p.pastPlannedEnd && p.status === 'ACTIVE' && p.plannedEndDate < today)).toBe(true);
    expect(past.data!._allPlacementsMeta.count).toBe((await highlights(app, commissioner)).pastPlannedEnd);
    const others = await app.graphql('{ _allPlacementsMeta(filter: { pastPlannedEnd: false }) { count } _all: _allPlacementsMeta { count } }', {}, commissioner);
    expect(others.data!._allPlacementsMeta.count + past.data!._allPlacementsMeta.count).toBe(others.data!._all.count);
  });

  it('lists overdue placements, the same ones the figures count', async () => {
    const overdue = await app.graphql('{ allPlacements(filter: { visitOverdue: true }, perPage: 1000) { id visitOverdue } _allPlacementsMeta(filter: { visitOverdue: true }) { count } }', {}, commissioner);
    expect(overdue.data!.allPlacements.every((p: { visitOverdue: boolean }) => p.visitOverdue)).toBe(true);
    expect(overdue.data!._allPlacementsMeta.count).toBe((await highlights(app, commissioner)).visitsOverdue);
  });

  it('lists placements with their provider, child and flags in the same number of statements for 3 rows as for 15', async () => {
    const statements = async (perPage: number) => {
      const result = await app.graphql(`query ($n: Int) { allPlacements(perPage: $n) { ${PLACEMENT_FIELDS} provider { id name ofstedOutOfDate distanceMiles missingDocuments } } }`, { n: perPage }, commissioner);
      expect(result.errors).toBeUndefined();
      expect(result.data!.allPlacements).toHaveLength(perPage);
      return Number(result.headers.get('x-sql-statements'));
    };
    expect(await statements(15)).toBe(await statements(3));
  });

  it.each([
    ['allProviders', 'name urn settingType ofstedRating ofstedOutOfDate outOfArea areaAuthorityName distanceMiles missingDocuments documents { id }'],
    ['allMonitoringVisits', 'visitDate caseReference anyRed placement { id providerName } actions { id overdue } outcomeReviews { id progress }'],
    ['allCommissionedOutcomes', 'description placement { id caseReference } reviews { id } latestProgress lastReviewedOn'],
    ['allOutcomeReviews', 'progress outcome { id description } visit { id visitDate }'],
    ['allVisitActions', 'owner overdue visit { id caseReference }'],
    ['allProviderDocuments', 'kind reviewOverdue provider { id name }'],
  ])('%s takes as many SQL statements for 3 rows as for 8', async (list, fields) => {
    const statements = async (perPage: number) => {
      const result = await app.graphql(`query ($n: Int) { ${list}(perPage: $n) { id ${fields} } }`, { n: perPage }, commissioner);
      expect(result.errors).toBeUndefined();
      expect(result.data![list]).toHaveLength(perPage);
      return Number(result.headers.get('x-sql-statements'));
    };
    expect(await statements(8)).toBe(await statements(3));
  });
});
