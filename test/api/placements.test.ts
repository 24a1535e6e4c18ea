import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

let app: TestApp;
let commissioner: string;
let viewer: string;
let auditor: string;
let peterborough: string;

const HIGHLIGHT = `query ($asOf: LocalDate) { placementHighlight(asOf: $asOf) {
  count annualCost outcomesReviewed outcomesAchievedOrOnTrack outcomesAchievedOrOnTrackPercent visitsOverdue redAtLastVisit contractsEnding
  byPrimaryNeed { key count annualCost } byProviderType { key count annualCost } byOfstedRating { key count annualCost }
  byArea { key count annualCost } byDistanceBand { key count annualCost } overTime { date count target } } }`;
const CREATE_PROVIDER = `mutation ($localAuthorityId: ID!, $settingId: ID!) { createProvider(localAuthorityId: $localAuthorityId, settingId: $settingId,
  contractFramework: NATIONAL_CONTRACT, postcode: "NG1 1AA", latitude: 52.95, longitude: -1.15, lastInspectionDate: "2025-03-01") { id name urn inArea } }`;
const CREATE_PLACEMENT = `mutation ($planId: ID!, $providerId: ID!, $startDate: LocalDate!, $plannedEndDate: LocalDate!, $educationCost: Int, $healthCost: Int,
  $socialCareCost: Int, $overlapReason: String, $outcomes: [CommissionedOutcomeInput!]) {
  createPlacement(planId: $planId, providerId: $providerId, startDate: $startDate, plannedEndDate: $plannedEndDate, contractReference: "NC-2026-001",
    educationCost: $educationCost, healthCost: $healthCost, socialCareCost: $socialCareCost, residential: true, nightsPerWeek: 4, weeksPerYear: 38,
    noLocalProvisionReason: "No local specialist place for an autistic young person needing waking nights", overlapReason: $overlapReason,
    commissionedOutcomes: $outcomes) { id annualCost visitOverdue commissionedOutcomes { id description } child { id primaryNeed } } }`;
const RECORD_VISIT = `mutation ($placementId: ID!, $visitDate: LocalDate!, $status: VisitStatus!, $outcomeId: ID!) {
  createMonitoringVisit(placementId: $placementId, visitDate: $visitDate, status: $status, officer: "A Commissioner",
    safeguarding: RED, provisionDelivered: GREEN, outcomesProgress: GREEN, attendance: AMBER, voiceAndWellbeing: GREEN, valueForMoney: GREEN,
    findings: "Restraint log incomplete", outcomeReviews: [{ outcomeId: $outcomeId, judgement: ON_TRACK, evidence: "Uses visual timetable daily" }],
    actions: [{ description: "Send restraint log", owner: "Provider head", dueDate: "2026-12-31" }]) { id overallRag hasRedArea } }`;

type Highlight = Record<string, any>;
const isoToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** The highlight figures worked out from the stored rows with plain TypeScript, not the API's SQL. */
async function expectedHighlight(asOf: string, laIds: string[]) {
  const placements = await app.sql<any>(
    `select p.id, p.status, to_char(p.start_date,'YYYY-MM-DD') as start, to_char(p.end_date,'YYYY-MM-DD') as end_date,
            to_char(p.planned_end_date,'YYYY-MM-DD') as planned_end, p.visit_frequency_months as freq,
            p.education_cost + p.health_cost + p.social_care_cost as cost, c.primary_need, s.type, s.ofsted_rating,
            s.local_authority_id = p.local_authority_id as in_area, pr.latitude, pr.longitude, la.code
       from placement p join child c on c.id = p.child_id join provider pr on pr.id = p.provider_id join setting s on s.id = pr.setting_id
       join local_authority la on la.id = p.local_authority_id where p.local_authority_id = any($1::uuid[])`,
    [laIds],
  );
  const visits = await app.sql<any>(`select placement_id, to_char(visit_date,'YYYY-MM-DD') as date, status, safeguarding, provision_delivered,
      outcomes_progress, attendance, voice_and_wellbeing, value_for_money, id from monitoring_visit`);
  const outcomes = await app.sql<any>('select id, placement_id from commissioned_outcome');
  const reviews = await app.sql<any>(`select outcome_id, to_char(review_date,'YYYY-MM-DD') as date, judgement, created_at from outcome_review`);
  const activeOn = (p: any, d: string) => p.status !== 'PROPOSED' && p.start <= d && (!p.end_date || p.end_date > d);
  const active = placements.filter((p) => activeOn(p, asOf));
  const group = (key: (p: any) => string) => {
    const m = new Map<string, { key: string; count: number; annualCost: number }>();
    for (const p of active) {
      const g = m.get(key(p)) ?? { key: key(p), count: 0, annualCost: 0 };
      g.count++;
      g.annualCost += p.cost;
      m.set(key(p), g);
    }
    return [...m.values()].sort((a, b) => a.key.localeCompare(b.key));
  };
  const homes: Record<string, [number, number]> = { '873': [52.2115, 0.113], '874': [52.5728, -0.2413] };
  const band = (p: any) => {
    const [lat, lon] = homes[p.code]!;
    const r = Math.PI / 180;
    const a = Math.sin(((p.latitude - lat) * r) / 2) ** 2 + Math.cos(lat * r) * Math.cos(p.latitude * r) * Math.sin(((p.longitude - lon) * r) / 2) ** 2;
    const km = 12742 * Math.asin(Math.sqrt(a));
    return km < 20 ? 'UNDER_20_KM' : km < 50 ? 'FROM_20_TO_50_KM' : km < 100 ? 'FROM_50_TO_100_KM' : 'OVER_100_KM';
  };
  const lastVisit = (p: any) =>
    visits.filter((v) => v.placement_id === p.id && v.status === 'DONE' && v.date <= asOf).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0];
  const areas = ['safeguarding', 'provision_delivered', 'outcomes_progress', 'attendance', 'voice_and_wellbeing', 'value_for_money'];
  const activeIds = new Set(active.map((p) => p.id));
  const latestJudgements = outcomes
    .filter((o) => activeIds.has(o.placement_id))
    .map((o) => reviews.filter((r) => r.outcome_id === o.id && r.date <= asOf).sort((a, b) => b.date.localeCompare(a.date) || b.created_at - a.created_at)[0])
    .filter((r) => r);
  const good = latestJudgements.filter((r) => ['ACHIEVED', 'ON_TRACK'].includes(r.judgement)).length;
  const in90 = new Date(`${asOf}T00:00:00Z`);
  in90.setUTCDate(in90.getUTCDate() + 90);
  const months = Array.from({ length: 13 }, (_, i) => addMonths(asOf, i - 12));
  const baseline = placements.filter((p) => activeOn(p, months[0]!)).length;
  return {
    count: active.length,
    annualCost: active.reduce((s, p) => s + p.cost, 0),
    byPrimaryNeed: group((p) => p.primary_need),
    byProviderType: group((p) => p.type),
    byOfstedRating: group((p) => p.ofsted_rating),
    byArea: group((p) => (p.in_area ? 'IN_AREA' : 'OUT_OF_AREA')),
    byDistanceBand: group(band),
    outcomesReviewed: latestJudgements.length,
    outcomesAchievedOrOnTrack: good,
    visitsOverdue: active.filter((p) => p.status === 'ACTIVE' && addMonths(lastVisit(p)?.date ?? p.start, p.freq) < asOf).length,
    redAtLastVisit: active.filter((p) => {
      const v = lastVisit(p);
      return v && areas.some((a) => v[a] === 'RED');
    }).length,
    contractsEnding: active.filter((p) => p.planned_end >= asOf && p.planned_end <= in90.toISOString().slice(0, 10)).length,
    overTime: months.map((date, i) => ({ date, count: placements.filter((p) => activeOn(p, date)).length, target: Math.round(baseline * (1 - 0.1 * (i / 12)) * 10) / 10 })),
  };
}

const sorted = (groups: { key: string }[]) => [...groups].sort((a, b) => a.key.localeCompare(b.key));
async function highlight(token: string, asOf = isoToday()): Promise<Highlight> {
  const result = await app.graphql(HIGHLIGHT, { asOf }, token);
  expect(result.errors).toBeUndefined();
  const h = result.data!.placementHighlight;
  for (const key of ['byPrimaryNeed', 'byProviderType', 'byOfstedRating', 'byArea', 'byDistanceBand']) h[key] = sorted(h[key]);
  return h;
}

async function expectMatchesRows(h: Highlight, asOf = isoToday()) {
  const laIds = [await localAuthorityId(app, '873'), await localAuthorityId(app, '874')];
  const { outcomesReviewed, outcomesAchievedOrOnTrack, ...rest } = await expectedHighlight(asOf, laIds);
  expect(h).toMatchObject({ ...rest, outcomesReviewed, outcomesAchievedOrOnTrack });
  expect(h.outcomesAchievedOrOnTrackPercent).toBe(outcomesReviewed ? Math.round((1000 * outcomesAchievedOrOnTrack) / outcomesReviewed) / 10 : null);
}

let placementId: string;
let outcomeIds: string[];
let before: Highlight;
let need: string;
let planId: string;
let providerId: string;

beforeAll(async () => {
  app = await startApp();
  commissioner = await app.login('commissioner@example.org');
  viewer = await app.login('viewer@example.org');
  auditor = await app.login('auditor@example.org');
  peterborough = await app.login('qa.peterborough@example.org');
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('a commissioner places a child and monitors the placement', () => {
  it('creates an out-of-area provider from a shared setting', async () => {
    const [setting] = await app.sql<{ id: string }>(
      `select s.id from setting s join local_authority la on la.id = s.local_authority_id where la.code = '874'
        and not exists (select 1 from provider pr where pr.setting_id = s.id) order by s.urn limit 1`,
    );
    const cambs = await localAuthorityId(app, '873');
    before = await highlight(commissioner);
    await expectMatchesRows(before);
    const result = await app.graphql(CREATE_PROVIDER, { localAuthorityId: cambs, settingId: setting!.id }, commissioner);
    expect(result.errors).toBeUndefined();
    expect(result.data!.createProvider.inArea).toBe(false);
    providerId = result.data!.createProvider.id;
    const [plan] = await app.sql<{ id: string }>(
      `select p.id from plan p join local_authority la on la.id = p.local_authority_id where la.code = '873' and p.status = 'FINAL'
        and not exists (select 1 from placement pl where pl.child_id = p.child_id) order by p.id limit 1`,
    );
    planId = plan!.id;
  });

  it('creates a placement with commissioned outcomes; the highlight counts it and its cost', async () => {
    const result = await app.graphql(
      CREATE_PLACEMENT,
      {
        planId,
        providerId,
        startDate: '2026-01-05',
        plannedEndDate: '2028-07-31',
        educationCost: 42000,
        healthCost: 6000,
        socialCareCost: 12000,
        outcomes: [
          { description: 'Communicates needs using a chosen system', targetDate: '2027-07-31' },
          { description: 'Travels to college with support', targetDate: '2028-07-31' },
        ],
      },
      commissioner,
    );
    expect(result.errors).toBeUndefined();
    const placement = result.data!.createPlacement;
    placementId = placement.id;
    outcomeIds = placement.commissionedOutcomes.map((o: { id: string }) => o.id);
    need = placement.child.primaryNeed;
    expect(placement.annualCost).toBe(60000);
    // Started in January with no visit: six months on, it is overdue.
    expect(placement.visitOverdue).toBe(true);
    const after = await highlight(commissioner);
    expect(after.count).toBe(before.count + 1);
    expect(after.annualCost).toBe(before.annualCost + 60000);
    const needBefore = before.byPrimaryNeed.find((g: any) => g.key === need) ?? { count: 0, annualCost: 0 };
    expect(after.byPrimaryNeed.find((g: any) => g.key === need)).toMatchObject({ count: needBefore.count + 1, annualCost: needBefore.annualCost + 60000 });
    const outBefore = before.byArea.find((g: any) => g.key === 'OUT_OF_AREA') ?? { count: 0 };
    expect(after.byArea.find((g: any) => g.key === 'OUT_OF_AREA').count).toBe(outBefore.count + 1);
    expect(after.visitsOverdue).toBe(before.visitsOverdue + 1);
    await expectMatchesRows(after);
    before = after;
  });

  it('records a visit with one red area and an outcome review; the highlight changes by exactly that', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const result = await app.graphql(RECORD_VISIT, { placementId, visitDate: yesterday, status: 'DONE', outcomeId: outcomeIds[0] }, commissioner);
    expect(result.errors).toBeUndefined();
    expect(result.data!.createMonitoringVisit).toMatchObject({ overallRag: 'RED', hasRedArea: true });
    const after = await highlight(commissioner);
    expect(after.count).toBe(before.count);
    expect(after.redAtLastVisit).toBe(before.redAtLastVisit + 1);
    expect(after.visitsOverdue).toBe(before.visitsOverdue - 1);
    expect(after.outcomesReviewed).toBe(before.outcomesReviewed + 1);
    expect(after.outcomesAchievedOrOnTrack).toBe(before.outcomesAchievedOrOnTrack + 1);
    await expectMatchesRows(after);
  });

  it('lets a viewer read but not change, hides costs from an auditor, and shows another authority nothing', async () => {
    const read = await app.graphql('query ($id: ID!) { Placement(id: $id) { id annualCost educationCost } }', { id: placementId }, viewer);
    expect(read.data!.Placement).toMatchObject({ id: placementId, annualCost: 60000, educationCost: 42000 });
    const change = await app.graphql('mutation ($id: ID!) { updatePlacement(id: $id, version: 1, visitFrequencyMonths: 3) { id } }', { id: placementId }, viewer);
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const audited = await app.graphql('query ($id: ID!) { Placement(id: $id) { id annualCost educationCost healthCost socialCareCost } }', { id: placementId }, auditor);
    expect(audited.data!.Placement).toEqual({ id: placementId, annualCost: null, educationCost: null, healthCost: null, socialCareCost: null });
    expect((await app.graphql('{ placementHighlight { annualCost byPrimaryNeed { annualCost } } }', {}, auditor)).data!.placementHighlight.annualCost).toBeNull();
    const other = await app.graphql('query ($id: ID!) { Placement(id: $id) { id } _allPlacementsMeta { count } _allMonitoringVisitsMeta { count } _allProvidersMeta { count } }', { id: placementId }, peterborough);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Peterborough's user sees exactly Peterborough's own records, and so none of Cambridgeshire's.
    const pboro = await localAuthorityId(app, '874');
    const own = async (table: string) => Number((await app.sql<{ n: string }>(`select count(*) as n from ${table} where local_authority_id = $1`, [pboro]))[0]!.n);
    const lists = await app.graphql('{ _allPlacementsMeta { count } _allMonitoringVisitsMeta { count } _allProvidersMeta { count } _allOutcomeReviewsMeta { count } }', {}, peterborough);
    expect(lists.data).toEqual({
      _allPlacementsMeta: { count: await own('placement') },
      _allMonitoringVisitsMeta: { count: await own('monitoring_visit') },
      _allProvidersMeta: { count: await own('provider') },
      _allOutcomeReviewsMeta: { count: await own('outcome_review') },
    });
    const seen = await app.graphql('{ allPlacements(perPage: 1000) { localAuthority { code } } }', {}, peterborough);
    expect(new Set(seen.data!.allPlacements.map((p: any) => p.localAuthority.code))).toEqual(new Set(['874']));
    const h = await highlight(peterborough);
    const { count } = await expectedHighlight(isoToday(), [pboro]);
    expect(h.count).toBe(count);
  });
});

describe('bad input is refused naming the field and rule, and nothing is saved', () => {
  const fieldsOf = (result: { errors?: any[] }) => {
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors![0].extensions.fields.map((f: { field: string; rule: string }) => `${f.field}:${f.rule}`);
  };
  const counts = async () =>
    (await app.sql<{ n: string }>('select (select count(*) from placement) + (select count(*) from monitoring_visit) + (select count(*) from outcome_review) + (select count(*) from commissioned_outcome) as n'))[0]!.n;
  const base = { startDate: '2027-01-01', plannedEndDate: '2028-01-01', educationCost: 1, healthCost: 0, socialCareCost: 0 };

  it('refuses an end before the start and negative or missing cost parts', async () => {
    const n = await counts();
    const result = await app.graphql(
      CREATE_PLACEMENT,
      { ...base, planId, providerId, plannedEndDate: '2026-12-01', educationCost: -5, healthCost: null, outcomes: [{ description: 'x', targetDate: '2027-06-01' }] },
      commissioner,
    );
    expect(fieldsOf(result)).toEqual(expect.arrayContaining(['plannedEndDate:afterStart', 'educationCost:min', 'healthCost:required']));
    expect(await counts()).toBe(n);
  });

  it('refuses a second overlapping active placement for the child without a reason, and accepts one with', async () => {
    const n = await counts();
    expect(fieldsOf(await app.graphql(CREATE_PLACEMENT, { ...base, planId, providerId }, commissioner))).toEqual(['overlapReason:requiredForOverlap']);
    expect(await counts()).toBe(n);
    const withReason = await app.graphql(CREATE_PLACEMENT, { ...base, planId, providerId, overlapReason: 'Transition term at the new college', outcomes: [{ description: 'Settles into college', targetDate: '2027-06-01' }] }, commissioner);
    expect(withReason.errors).toBeUndefined();
  });

  it('refuses a visit in the future recorded as done, and a review of another placement\'s outcome', async () => {
    const n = await counts();
    const future = await app.graphql(RECORD_VISIT, { placementId, visitDate: '2099-01-01', status: 'DONE', outcomeId: outcomeIds[1] }, commissioner);
    expect(fieldsOf(future)).toEqual(['visitDate:notInFutureWhenDone']);
    const foreign = await app.graphql(
      'mutation ($p: ID!, $o: ID!) { createOutcomeReview(visitId: $p, outcomeId: $o, judgement: ACHIEVED, evidence: "x") { id } }',
      { p: (await app.sql<{ id: string }>('select id from monitoring_visit where placement_id = $1', [placementId]))[0]!.id, o: (await app.sql<{ id: string }>('select id from commissioned_outcome where placement_id <> $1', [placementId]))[0]!.id },
      commissioner,
    );
    expect(fieldsOf(foreign)).toEqual(['outcomeId:samePlacement']);
    expect(await counts()).toBe(n);
  });
});

describe('lists do not query once per row', () => {
  const LIST = `query ($perPage: Int) { allPlacements(perPage: $perPage, sortField: "contractReference") {
    id annualCost nextVisitDue visitOverdue urgentReviewRequired distanceBand child { caseReference } provider { name ofstedRating inArea }
    commissionedOutcomes { id } visits { id hasRedArea } } }`;
  const statementsFor = async (perPage: number) => {
    const result = await app.graphql(LIST, { perPage }, commissioner);
    expect(result.errors).toBeUndefined();
    expect(result.data!.allPlacements).toHaveLength(perPage);
    return Number(result.headers.get('x-sql-statements'));
  };

  it('lists placements with their visits, outcomes, provider and flags in as many statements for 2 rows as for 12', async () => {
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });
});
