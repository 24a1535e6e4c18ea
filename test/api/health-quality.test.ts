import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';
import { expectedFigures, expectedRanking, healthRows, londonToday, SCORECARD_FIELDS } from '../helpers/health.js';

/** The DCO's work through the API: advice, its review, sign-off, a deep dive, and every figure they feed. */

const ADVICE_FIELDS = 'id version requestedOn dueOn receivedOn noAdvice noAdviceReason onTime occasion reviewGrade reviewFeedback team { id } plan { id }';
const CREATE_ADVICE = `mutation ($planId: UUID!, $teamId: UUID!, $requestedOn: LocalDate!, $dueOn: LocalDate, $receivedOn: LocalDate, $noAdvice: Boolean, $noAdviceReason: String, $exception: TimescaleException) {
  createAdviceRequest(planId: $planId, teamId: $teamId, requestedOn: $requestedOn, dueOn: $dueOn, receivedOn: $receivedOn, noAdvice: $noAdvice, noAdviceReason: $noAdviceReason, exception: $exception) { ${ADVICE_FIELDS} }
}`;
const REVIEW = `mutation ($id: UUID!, $version: Int!, $sections: [AdviceReviewSectionInput!]!, $feedback: String!) {
  reviewHealthAdvice(id: $id, version: $version, sections: $sections, feedback: $feedback) { ${ADVICE_FIELDS} }
}`;
const SCORECARDS = `query ($options: HealthFigureOptions) { healthScorecards(options: $options) { ${SCORECARD_FIELDS} baselineOnTimePercent onTimeChange } }`;
const RANKING = `query ($options: HealthFigureOptions, $limit: Int) { healthServicesNeedingSupport(options: $options, limit: $limit) { rank teamId supportScore ${SCORECARD_FIELDS} } }`;
const SIGN_OFF = `mutation ($id: UUID!, $version: Int!, $decision: SignOffDecision!, $reason: String) {
  signOffHealthSections(id: $id, version: $version, decision: $decision, reason: $reason) { id version status changeRequests changesReason agreedOn }
}`;
const WINDOW = { from: '2026-01-01', to: '2026-06-30' };
const DEEP_DIVE_CODES = ['C', 'E', 'F', 'G', 'K', 'AR'];

let app: TestApp;
let la873: string;
let la874: string;
const token: Record<string, string> = {};
let teams: { salt: string; camhs: string; paeds: string; saltPeterborough: string; socialCare: string };
let adviceRubricId: string;
let deepDiveRubricId: string;

interface Versioned {
  id: string;
  version: number;
}

async function finalPlans(code: '873' | '874', n: number, complexHealthNeeds?: boolean): Promise<string[]> {
  const rows = await app.sql<{ id: string }>(
    `select p.id from plan p join child c on c.id = p.child_id join local_authority la on la.id = p.local_authority_id
      where la.code = $1 and p.status = 'FINAL' and ($2::boolean is null or c.complex_health_needs = $2) order by p.id limit $3`,
    [code, complexHealthNeeds ?? null, n],
  );
  return rows.map((r) => r.id);
}

/** A health rubric of the authority's own, from the shipped one, published: as an admin sets one up. */
async function publishedRubric(purpose: string, localAuthority: string): Promise<string> {
  const created = await app.graphql(
    `mutation ($la: UUID!, $purpose: RubricPurpose) { createRubric(localAuthorityId: $la, name: "Ours", purpose: $purpose) { id purpose versions { id version sections { code } } } }`,
    { la: localAuthority, purpose },
    token.admin,
  );
  expect(created.data?.createRubric.purpose).toBe(purpose);
  const [draft] = created.data?.createRubric.versions;
  const published = await app.graphql('mutation ($id: UUID!, $version: Int!) { publishRubricVersion(id: $id, version: $version) { id status } }', draft, token.admin);
  expect(published.data?.publishRubricVersion.status).toBe('PUBLISHED');
  return draft.id;
}

async function adviceKeys(): Promise<{ code: string; keys: string[] }[]> {
  const rows = await app.sql<{ sections: { code: string; criteria: { key: string }[] }[] }>('select sections from rubric_version where id = $1', [adviceRubricId]);
  return rows[0]!.sections.map((s) => ({ code: s.code, keys: s.criteria.map((c) => c.key) }));
}

async function reviewAll(advice: Versioned, judgement: string, feedback = 'Thank you') {
  const sections = (await adviceKeys()).map(({ code, keys }) => ({ code, evidence: '', judgements: keys.map((key) => ({ key, judgement })) }));
  return app.graphql(REVIEW, { ...advice, sections, feedback }, token.dco);
}

async function scorecard(teamId: string, period = '2026 H1') {
  const result = await app.graphql(SCORECARDS, { options: WINDOW }, token.dco);
  expect(result.errors).toBeUndefined();
  return result.data?.healthScorecards.find((row: { teamId: string; period: string }) => row.teamId === teamId && row.period === period) ?? null;
}

const ZERO = { adviceRequested: 0, adviceDue: 0, adviceOnTime: 0, adviceReviewed: 0, adviceGoodOrBetter: 0, deepDivesAudited: 0, deepDiveActions: 0 };

function fieldErrors(result: { errors?: { extensions?: { code?: string; fields?: { field: string; rule: string }[] } }[] }) {
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors![0]!.extensions!.fields!.map(({ field, rule }) => ({ field, rule }));
}

beforeAll(async () => {
  app = await startApp();
  for (const [role, email] of Object.entries({
    admin: 'admin@example.org',
    dco: 'dco@example.org',
    qa: 'qa@example.org',
    viewer: 'viewer@example.org',
    commissioner: 'commissioner@example.org',
    auditor: 'auditor@example.org',
    qaPeterborough: 'qa.peterborough@example.org',
  })) {
    token[role] = await app.login(email);
  }
  la873 = await localAuthorityId(app, '873');
  la874 = await localAuthorityId(app, '874');
  const rows = await app.sql<{ name: string; id: string; code: string; kind: string }>(
    'select t.name, t.id, la.code, t.kind from team t join local_authority la on la.id = t.local_authority_id',
  );
  const find = (code: string, part: string) => rows.find((t) => t.code === code && t.name.includes(part))!.id;
  teams = {
    salt: find('873', 'Speech and Language'),
    camhs: find('873', 'CAMHS'),
    paeds: find('873', 'Community Paediatrics'),
    saltPeterborough: find('874', 'Speech and Language'),
    socialCare: find('873', 'Social Care'),
  };
  adviceRubricId = await publishedRubric('HEALTH_ADVICE', la873);
  deepDiveRubricId = await publishedRubric('HEALTH_DEEP_DIVE', la873);
});
afterAll(async () => {
  await app?.close();
});

describe('health advice', () => {
  it('records advice on time and late; due six weeks after the request by default; the on-time figures move by exactly that', async () => {
    const before = (await scorecard(teams.salt)) ?? ZERO;
    const [plan] = await finalPlans('873', 1);
    const onTime = await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.salt, requestedOn: '2026-02-02', receivedOn: '2026-03-10' }, token.dco);
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data?.createAdviceRequest).toMatchObject({ dueOn: '2026-03-16', onTime: true, occasion: 'ASSESSMENT', noAdvice: false });
    const late = await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.salt, requestedOn: '2026-02-02', receivedOn: '2026-04-01' }, token.admin);
    expect(late.data?.createAdviceRequest).toMatchObject({ dueOn: '2026-03-16', onTime: false });
    const notCome = await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.salt, requestedOn: '2026-03-02', dueOn: '2026-04-13' }, token.dco);
    expect(notCome.data?.createAdviceRequest).toMatchObject({ receivedOn: null, onTime: false });

    const after = await scorecard(teams.salt);
    expect(after.adviceRequested - before.adviceRequested).toBe(3);
    expect(after.adviceDue - before.adviceDue).toBe(3);
    expect(after.adviceOnTime - before.adviceOnTime).toBe(1);
    expect(after.adviceOnTimePercent).toBeCloseTo((100 * after.adviceOnTime) / after.adviceDue, 10);
  });

  it('grades received advice against the health-advice rubric, keeps the feedback, and counts good or better', async () => {
    const [plan] = await finalPlans('873', 1);
    const before = (await scorecard(teams.camhs)) ?? ZERO;
    const good = (await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.camhs, requestedOn: '2026-01-05', receivedOn: '2026-02-10' }, token.dco)).data?.createAdviceRequest;
    const poor = (await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.camhs, requestedOn: '2026-01-05', receivedOn: '2026-02-20' }, token.dco)).data?.createAdviceRequest;
    const graded = await reviewAll(good, 'MET', 'Clear, specific and quantified.');
    expect(graded.errors).toBeUndefined();
    expect(graded.data?.reviewHealthAdvice).toMatchObject({ reviewGrade: 4, reviewFeedback: 'Clear, specific and quantified.' });
    expect((await reviewAll(poor, 'NOT_MET')).data?.reviewHealthAdvice.reviewGrade).toBe(1);

    const after = await scorecard(teams.camhs);
    expect(after.adviceReviewed - before.adviceReviewed).toBe(2);
    expect(after.adviceGoodOrBetter - before.adviceGoodOrBetter).toBe(1);
    // Only the advice waiting for review is in the DCO's queue.
    const queue = await app.graphql('query { allAdviceRequests(filter: { awaitingReview: true }, perPage: 1000) { id } }', {}, token.dco);
    expect(queue.data?.allAdviceRequests.map((a: { id: string }) => a.id)).not.toContain(good.id);
    expect(queue.data?.allAdviceRequests.length).toBe(
      await count(app, 'select count(*) as n from advice_request where received_on is not null and not no_advice and review_grade is null'),
    );
  });

  it('refuses a review of advice that has not arrived, or that leaves criteria unjudged', async () => {
    const [plan] = await finalPlans('873', 1);
    const pending = (await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.paeds, requestedOn: '2026-05-01' }, token.dco)).data?.createAdviceRequest;
    expect(fieldErrors(await reviewAll(pending, 'MET'))).toContainEqual({ field: 'id', rule: 'received' });
    const received = (await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.paeds, requestedOn: '2026-05-01', receivedOn: '2026-05-20' }, token.dco)).data?.createAdviceRequest;
    const partial = await app.graphql(REVIEW, { ...received, sections: [{ code: 'FORM', evidence: '', judgements: [{ key: 'FORM.1', judgement: 'MET' }] }], feedback: '' }, token.dco);
    expect(fieldErrors(partial)).toContainEqual({ field: 'sections', rule: 'allSectionsScored' });
    expect(await count(app, 'select count(*) as n from advice_request where id = $1 and review_grade is null and version = $2', [received.id, received.version])).toBe(1);
  });

  it('refuses bad advice naming the field and rule, and saves nothing', async () => {
    const [plan] = await finalPlans('873', 1);
    const before = await count(app, 'select count(*) as n from advice_request');
    const cases: [Record<string, unknown>, { field: string; rule: string }][] = [
      [{ requestedOn: '2026-03-01', receivedOn: '2026-02-01' }, { field: 'receivedOn', rule: 'notBeforeRequestedOn' }],
      [{ requestedOn: '2026-03-01', dueOn: '2026-02-01' }, { field: 'dueOn', rule: 'notBeforeRequestedOn' }],
      [{ requestedOn: '2026-03-01', receivedOn: '2026-03-05', noAdvice: true }, { field: 'noAdviceReason', rule: 'reasonRequired' }],
      [{ requestedOn: '2026-03-01', exception: 'SCHOOL_CLOSURE' }, { field: 'exception', rule: 'exceptionNotAllowed' }],
      [{ requestedOn: '2026-03-01', teamId: teams.saltPeterborough }, { field: 'teamId', rule: 'sameLocalAuthority' }],
      [{ requestedOn: '2026-03-01', receivedOn: '2099-01-01' }, { field: 'receivedOn', rule: 'notInFuture' }],
    ];
    for (const [input, expected] of cases) {
      const result = await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.salt, ...input }, token.dco);
      expect(fieldErrors(result)).toContainEqual(expected);
    }
    expect(await count(app, 'select count(*) as n from advice_request')).toBe(before);
    const noAdvice = await app.graphql(
      CREATE_ADVICE,
      { planId: plan, teamId: teams.salt, requestedOn: '2026-03-01', receivedOn: '2026-03-05', noAdvice: true, noAdviceReason: 'Not known to the service' },
      token.dco,
    );
    expect(noAdvice.data?.createAdviceRequest).toMatchObject({ noAdvice: true, noAdviceReason: 'Not known to the service', onTime: true });
  });
});

describe('health sign-off', () => {
  it('lets only the DCO sign off, asks for a reason when changes are requested, and tracks the outcome', async () => {
    const [, plan] = await finalPlans('873', 2);
    const created = await app.graphql('mutation ($planId: UUID!) { createHealthSignOff(planId: $planId, requestedOn: "2026-06-01") { id version status } }', { planId: plan }, token.admin);
    const signOff = created.data?.createHealthSignOff as Versioned;
    expect(created.data?.createHealthSignOff.status).toBe('AWAITING');
    const again = await app.graphql('mutation ($planId: UUID!) { createHealthSignOff(planId: $planId) { id } }', { planId: plan }, token.dco);
    expect(fieldErrors(again)).toContainEqual({ field: 'planId', rule: 'oneOpen' });

    for (const role of ['admin', 'qa', 'viewer']) {
      expect((await app.graphql(SIGN_OFF, { ...signOff, decision: 'AGREED' }, token[role])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(fieldErrors(await app.graphql(SIGN_OFF, { ...signOff, decision: 'CHANGES_REQUESTED' }, token.dco))).toEqual([{ field: 'reason', rule: 'reasonRequired' }]);
    const summaryBefore = (await app.graphql('{ healthSignOffSummary { awaiting changesRequested agreed agreedFirstTime } }', {}, token.dco)).data?.healthSignOffSummary;

    const changes = (await app.graphql(SIGN_OFF, { ...signOff, decision: 'CHANGES_REQUESTED', reason: 'Quantify the physiotherapy in G' }, token.dco)).data?.signOffHealthSections;
    expect(changes).toMatchObject({ status: 'CHANGES_REQUESTED', changeRequests: 1, changesReason: 'Quantify the physiotherapy in G' });
    const agreed = (await app.graphql(SIGN_OFF, { ...changes, decision: 'AGREED' }, token.dco)).data?.signOffHealthSections;
    expect(agreed).toMatchObject({ status: 'AGREED', changeRequests: 1, agreedOn: londonToday() });
    expect(fieldErrors(await app.graphql(SIGN_OFF, { ...agreed, decision: 'AGREED' }, token.dco))).toContainEqual({ field: 'id', rule: 'alreadyAgreed' });

    const summary = (await app.graphql('{ healthSignOffSummary { awaiting changesRequested agreed agreedFirstTime agreedFirstTimePercent } }', {}, token.dco)).data?.healthSignOffSummary;
    expect(summary.awaiting).toBe(summaryBefore.awaiting - 1);
    expect(summary.agreed).toBe(summaryBefore.agreed + 1);
    expect(summary.agreedFirstTime).toBe(summaryBefore.agreedFirstTime);
    const rows = await app.sql<{ status: string; change_requests: number }>('select status, change_requests from health_sign_off');
    const agreedRows = rows.filter((r) => r.status === 'AGREED');
    expect(summary).toEqual({
      awaiting: rows.filter((r) => r.status === 'AWAITING').length,
      changesRequested: rows.filter((r) => r.status === 'CHANGES_REQUESTED').length,
      agreed: agreedRows.length,
      agreedFirstTime: agreedRows.filter((r) => r.change_requests === 0).length,
      agreedFirstTimePercent: agreedRows.length ? (100 * agreedRows.filter((r) => r.change_requests === 0).length) / agreedRows.length : null,
    });
  });
});

describe('health deep dives', () => {
  const CREATE_CYCLE = `mutation ($la: UUID!, $rv: UUID!, $kind: CycleKind!, $include: [UUID!]) {
    createAuditCycle(localAuthorityId: $la, name: "Deep dive spring 2026", kind: $kind, term: SPRING, academicYear: 2025, opensOn: "2026-03-02", closesOn: "2026-04-30",
      rubricVersionId: $rv, sampleSize: 3, seed: 11, includePlanIds: $include) { id version kind }
  }`;

  it('runs a deep dive on children with complex health needs, scored with the health lens, and attributes its findings to the services that advised', async () => {
    const [ehcpRubric] = await app.sql<{ id: string }>(
      "select v.id from rubric_version v join rubric r on r.id = v.rubric_id where v.local_authority_id = $1 and r.purpose = 'EHCP_AUDIT' and v.status = 'PUBLISHED'",
      [la873],
    );
    // The wrong people, the wrong rubric, the wrong children: refused.
    expect((await app.graphql(CREATE_CYCLE, { la: la873, rv: deepDiveRubricId, kind: 'HEALTH_DEEP_DIVE' }, token.qa)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(CREATE_CYCLE, { la: la873, rv: ehcpRubric!.id, kind: 'EHCP_AUDIT' }, token.dco)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(fieldErrors(await app.graphql(CREATE_CYCLE, { la: la873, rv: ehcpRubric!.id, kind: 'HEALTH_DEEP_DIVE' }, token.dco))).toContainEqual({
      field: 'rubricVersionId',
      rule: 'purposeMatchesKind',
    });
    const [simple] = await finalPlans('873', 1, false);
    expect(fieldErrors(await app.graphql(CREATE_CYCLE, { la: la873, rv: deepDiveRubricId, kind: 'HEALTH_DEEP_DIVE', include: [simple] }, token.dco))).toContainEqual({
      field: 'includePlanIds',
      rule: 'inPopulation',
    });

    const cycle = (await app.graphql(CREATE_CYCLE, { la: la873, rv: deepDiveRubricId, kind: 'HEALTH_DEEP_DIVE' }, token.dco)).data?.createAuditCycle as Versioned;
    expect((await app.graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }', { ...cycle }, token.dco)).errors).toBeUndefined();
    const sampled = await app.sql<{ id: string; version: number; plan_id: string; complex_health_needs: boolean }>(
      'select a.id, a.version, a.plan_id, c.complex_health_needs from audit a join plan p on p.id = a.plan_id join child c on c.id = p.child_id where a.cycle_id = $1 order by a.id',
      [cycle.id],
    );
    expect(sampled).toHaveLength(3);
    expect(sampled.every((row) => row.complex_health_needs)).toBe(true);

    // The sampled plan had advice from SALT and CAMHS: the deep dive's findings are theirs.
    const audit = sampled[0]!;
    for (const teamId of [teams.salt, teams.camhs]) {
      await app.graphql(CREATE_ADVICE, { planId: audit.plan_id, teamId, requestedOn: '2025-06-02', receivedOn: '2025-07-01' }, token.dco);
    }
    const before = { salt: (await scorecard(teams.salt)) ?? ZERO, camhs: (await scorecard(teams.camhs)) ?? ZERO, paeds: (await scorecard(teams.paeds)) ?? ZERO };

    const [auditorUser] = await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'");
    const assign = 'mutation ($id: UUID!, $version: Int!, $a: UUID!, $lens: AuditLens) { assignAudit(id: $id, version: $version, auditorId: $a, lens: $lens) { id version lens } }';
    expect(fieldErrors(await app.graphql(assign, { id: audit.id, version: audit.version, a: auditorUser!.id, lens: 'EDUCATION' }, token.dco))).toContainEqual({
      field: 'lens',
      rule: 'requiredLens',
    });
    let current = (await app.graphql(assign, { id: audit.id, version: audit.version, a: auditorUser!.id, lens: 'HEALTH' }, token.dco)).data?.assignAudit as Versioned;
    for (const code of DEEP_DIVE_CODES) {
      const saved = await app.graphql(
        'mutation ($id: UUID!, $version: Int!, $code: String!) { saveAuditSection(id: $id, version: $version, code: $code, grade: 2, evidence: "Health provision unquantified", judgements: []) { id version } }',
        { ...current, code },
        token.auditor,
      );
      expect(saved.errors).toBeUndefined();
      current = saved.data?.saveAuditSection;
    }
    current = (await app.graphql('mutation ($id: UUID!, $version: Int!) { submitAudit(id: $id, version: $version, strengths: "", areasForDevelopment: "G") { id version } }', { ...current }, token.auditor)).data
      ?.submitAudit;
    expect((await app.graphql('mutation ($id: UUID!, $version: Int!) { finaliseAudit(id: $id, version: $version) { status } }', { ...current }, token.qa)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const trendBefore = (await app.graphql('{ gradeTrend { audited } }', {}, token.dco)).data?.gradeTrend;
    const finalised = await app.graphql('mutation ($id: UUID!, $version: Int!) { finaliseAudit(id: $id, version: $version) { status } }', { ...current }, token.dco);
    expect(finalised.data?.finaliseAudit.status).toBe('FINAL');
    const action = await app.graphql(
      'mutation ($auditId: UUID!, $teamId: UUID) { createFollowUpAction(auditId: $auditId, description: "Quantify therapy in G", owner: "CAMHS lead", dueDate: "2026-06-30", teamId: $teamId) { team { id } } }',
      { auditId: audit.id, teamId: teams.camhs },
      token.dco,
    );
    expect(action.data?.createFollowUpAction.team.id).toBe(teams.camhs);

    const after = { salt: await scorecard(teams.salt), camhs: await scorecard(teams.camhs), paeds: (await scorecard(teams.paeds)) ?? ZERO };
    expect(after.salt.deepDivesAudited - before.salt.deepDivesAudited).toBe(1);
    expect(after.camhs.deepDivesAudited - before.camhs.deepDivesAudited).toBe(1);
    expect(after.camhs.deepDivesGoodOrBetter - before.camhs.deepDivesGoodOrBetter).toBe(0);
    expect(after.camhs.deepDiveActions - before.camhs.deepDiveActions).toBe(1);
    expect(after.paeds.deepDivesAudited).toBe(before.paeds.deepDivesAudited);
    // Deep dives have figures of their own: the EHCP grade trend does not count them.
    expect((await app.graphql('{ gradeTrend { audited } }', {}, token.dco)).data?.gradeTrend).toEqual(trendBefore);
  });
});

describe('figures', () => {
  it('flags the half-years a window covers only in part, with the share it covers', async () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    // Half-years run January–June and July–December; the share is the days of it inside the window.
    const covered = (period: string, window: { from: string; to: string }) => {
      const year = period.slice(0, 4);
      const [start, end] = period.endsWith('H1') ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
      const first = Math.max(day(start), day(window.from));
      const last = Math.min(day(end), day(window.to));
      return (100 * (last - first + 1)) / (day(end) - day(start) + 1);
    };
    for (const window of [WINDOW, { from: '2025-12-01', to: '2026-06-15' }]) {
      const cards = (await app.graphql(`query ($options: HealthFigureOptions) { healthScorecards(options: $options) { teamId period partial coveredPercent } }`, { options: window }, token.dco)).data
        ?.healthScorecards as { period: string; partial: boolean; coveredPercent: number }[];
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.coveredPercent).toBeCloseTo(covered(card.period, window), 6);
        expect(card.partial).toBe(covered(card.period, window) < 100);
      }
      // The whole of 2026 H1 is complete; the shorter window cuts both of its half-years.
      expect(cards.every((c) => c.partial)).toBe(window !== WINDOW);
    }
  });

  it('scorecards and the support ranking equal an independent computation from the rows', async () => {
    const rows = await healthRows(app, [la873, la874]);
    const today = londonToday();
    const expected = expectedFigures(rows, WINDOW, today, true);
    const scorecards = (await app.graphql(SCORECARDS, { options: WINDOW }, token.dco)).data?.healthScorecards;
    const pick = (row: Record<string, unknown>) => Object.fromEntries(Object.keys(expected[0]!).map((k) => [k, row[k]]));
    const key = (r: { teamId: string; period: string }) => `${r.teamId}|${r.period}`;
    expect(scorecards.map(pick).sort((a: any, b: any) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    expect(expected.length).toBeGreaterThan(2);

    // Each service against its own baseline: its first half-year with the figure.
    const full = (await app.graphql(`query ($options: HealthFigureOptions) { healthScorecards(options: $options) { teamId period baselineOnTimePercent onTimeChange baselineGoodPercent goodChange } }`, { options: { from: '2024-01-01', to: WINDOW.to } }, token.dco)).data?.healthScorecards;
    const history = expectedFigures(rows, { from: '2024-01-01', to: WINDOW.to }, today, true);
    for (const card of full) {
      const own = history.filter((f) => f.teamId === card.teamId).sort((a, b) => a.period.localeCompare(b.period));
      const mine = own.find((f) => f.period === card.period)!;
      const baselineOnTime = own.find((f) => f.adviceOnTimePercent !== null)?.adviceOnTimePercent ?? null;
      const baselineGood = own.find((f) => f.adviceGoodPercent !== null)?.adviceGoodPercent ?? null;
      expect(card).toEqual({
        teamId: card.teamId,
        period: card.period,
        baselineOnTimePercent: baselineOnTime,
        onTimeChange: mine.adviceOnTimePercent === null || baselineOnTime === null ? null : mine.adviceOnTimePercent - baselineOnTime,
        baselineGoodPercent: baselineGood,
        goodChange: mine.adviceGoodPercent === null || baselineGood === null ? null : mine.adviceGoodPercent - baselineGood,
      });
    }
    expect(full.some((c: { onTimeChange: number | null }) => c.onTimeChange !== null && c.onTimeChange !== 0)).toBe(true);

    const whole = expectedFigures(rows, WINDOW, today, false);
    for (const limit of [2, 4]) {
      const ranking = (await app.graphql(RANKING, { options: WINDOW, limit }, token.dco)).data?.healthServicesNeedingSupport;
      expect(ranking.map((r: { teamId: string }) => r.teamId)).toEqual(expectedRanking(whole, rows.teams, limit));
      expect(ranking.map((r: { rank: number }) => r.rank)).toEqual(ranking.map((_: unknown, i: number) => i + 1));
    }
    // The default is four.
    expect((await app.graphql(RANKING, { options: WINDOW }, token.dco)).data?.healthServicesNeedingSupport).toHaveLength(Math.min(4, whole.length));
    expect(fieldErrors(await app.graphql(RANKING, { options: WINDOW, limit: 0 }, token.dco))).toEqual([{ field: 'limit', rule: 'between1And100' }]);
    expect(fieldErrors(await app.graphql(SCORECARDS, { options: { from: WINDOW.to, to: WINDOW.from } }, token.dco))).toEqual([{ field: 'options.from', rule: 'notAfterTo' }]);
  });

  it('the annual-health-check figure counts annual reviews of young people aged 14–25 with a learning disability', async () => {
    const children = await app.sql<{ plan_id: string; dob: string; primary_need: string }>(
      `select p.id as plan_id, to_char(c.date_of_birth, 'YYYY-MM-DD') as dob, c.primary_need from plan p join child c on c.id = p.child_id
        where p.local_authority_id = $1 and p.status = 'FINAL' and p.issue_date < '2026-03-10' order by p.id`,
      [la873],
    );
    const ageOn = (dob: string, on: string) => Number(on.slice(0, 4)) - Number(dob.slice(0, 4)) - (on.slice(5) < dob.slice(5) ? 1 : 0);
    const meeting = '2026-03-10';
    const ld = children.filter((c) => ['MLD', 'SLD', 'PMLD'].includes(c.primary_need));
    const eligible = ld.filter((c) => ageOn(c.dob, meeting) >= 14 && ageOn(c.dob, meeting) <= 25).slice(0, 3);
    const younger = ld.find((c) => ageOn(c.dob, meeting) < 14)!;
    expect(eligible.length).toBeGreaterThan(1);
    const FIGURE = 'query ($options: HealthFigureOptions) { annualHealthCheck(options: $options, target: 75) { reviews discussed percent target metTarget } }';
    const before = (await app.graphql(FIGURE, { options: WINDOW }, token.dco)).data?.annualHealthCheck;
    // The DCO records the meeting and the health check; the council's decision is casework.
    const create = 'mutation ($planId: UUID!, $discussed: Boolean) { createAnnualReview(planId: $planId, meetingDate: "2026-03-10", healthCheckDiscussed: $discussed) { id } }';
    for (const [i, c] of eligible.entries()) expect((await app.graphql(create, { planId: c.plan_id, discussed: i === 0 }, token.dco)).errors).toBeUndefined();
    await app.graphql(create, { planId: younger.plan_id, discussed: true }, token.qa);
    const decided = 'mutation ($planId: UUID!) { createAnnualReview(planId: $planId, meetingDate: "2026-03-10", decision: MAINTAIN, decisionDate: "2026-03-01") { id } }';
    expect((await app.graphql(decided, { planId: younger.plan_id }, token.dco)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(fieldErrors(await app.graphql(decided, { planId: younger.plan_id }, token.qa))).toEqual([{ field: 'decisionDate', rule: 'notBeforeMeetingDate' }]);

    const figure = (await app.graphql(FIGURE, { options: WINDOW }, token.dco)).data?.annualHealthCheck;
    const reviews = await app.sql<{ dob: string; primary_need: string; discussed: boolean | null; meeting: string }>(
      `select to_char(c.date_of_birth, 'YYYY-MM-DD') as dob, c.primary_need, r.health_check_discussed as discussed, to_char(r.meeting_date, 'YYYY-MM-DD') as meeting
         from annual_review r join plan p on p.id = r.plan_id join child c on c.id = p.child_id`,
    );
    const counted = reviews.filter(
      (r) => r.meeting >= WINDOW.from && r.meeting <= WINDOW.to && ['MLD', 'SLD', 'PMLD'].includes(r.primary_need) && ageOn(r.dob, r.meeting) >= 14 && ageOn(r.dob, r.meeting) <= 25,
    );
    const discussed = counted.filter((r) => r.discussed === true).length;
    expect(figure).toEqual({ reviews: counted.length, discussed, percent: (100 * discussed) / counted.length, target: 75, metTarget: (100 * discussed) / counted.length >= 75 });
    expect([figure.reviews - before.reviews, figure.discussed - before.discussed]).toEqual([eligible.length, 1]);
  });
});

describe('roles and authorities', () => {
  it('QA officers and viewers read, commissioners and auditors do not; the DCO, QA officers (advice requests belong to the timeline) and admins write', async () => {
    const [plan] = await finalPlans('873', 1);
    for (const role of ['qa', 'viewer']) {
      const read = await app.graphql(`query ($options: HealthFigureOptions) { allAdviceRequests { id } healthScorecards(options: $options) { teamId } }`, { options: WINDOW }, token[role]);
      expect(read.errors).toBeUndefined();
      const write = await app.graphql(CREATE_ADVICE, { planId: plan, teamId: teams.salt, requestedOn: '2026-03-01' }, token[role]);
      expect(write.errors?.[0]?.extensions?.code).toBe(role === 'viewer' ? 'FORBIDDEN' : undefined);
    }
    for (const role of ['commissioner', 'auditor']) {
      for (const query of ['{ allAdviceRequests { id } }', '{ healthScorecards { teamId } }', '{ allHealthSignOffs { id } }', '{ healthServicesNeedingSupport { teamId } }']) {
        expect((await app.graphql(query, {}, token[role])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
  });

  it('keeps each authority to its own advice, sign-offs and figures', async () => {
    const [plan874] = await finalPlans('874', 1);
    const created = await app.graphql(CREATE_ADVICE, { planId: plan874, teamId: teams.saltPeterborough, requestedOn: '2026-02-02', receivedOn: '2026-03-01' }, token.dco);
    expect(created.errors).toBeUndefined();
    const own = await app.graphql('{ allAdviceRequests(perPage: 1000) { id localAuthority { code } } _allAdviceRequestsMeta { count } }', {}, token.qaPeterborough);
    expect(own.data?._allAdviceRequestsMeta.count).toBe(await count(app, 'select count(*) as n from advice_request where local_authority_id = $1', [la874]));
    expect(new Set(own.data?.allAdviceRequests.map((a: { localAuthority: { code: string } }) => a.localAuthority.code))).toEqual(new Set(['874']));
    const [other] = await app.sql<{ id: string }>('select id from advice_request where local_authority_id = $1 limit 1', [la873]);
    expect((await app.graphql('query ($id: UUID!) { AdviceRequest(id: $id) { id } }', { id: other!.id }, token.qaPeterborough)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const cards = (await app.graphql(SCORECARDS, { options: WINDOW }, token.qaPeterborough)).data?.healthScorecards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c: { localAuthorityId: string }) => c.localAuthorityId === la874)).toBe(true);
    // A DCO of both authorities cannot ask one authority's health service about another's plan.
    const [plan873] = await finalPlans('873', 1);
    expect(fieldErrors(await app.graphql(CREATE_ADVICE, { planId: plan873, teamId: teams.saltPeterborough, requestedOn: '2026-02-02' }, token.dco))).toContainEqual({
      field: 'teamId',
      rule: 'sameLocalAuthority',
    });
  });
});

it('lists health advice with its plan, child, service and authority in the same number of statements for 3 rows as for all of them', async () => {
  const statementsFor = async (perPage: number) => {
    const result = await app.graphql(
      'query ($perPage: Int) { allAdviceRequests(perPage: $perPage, sortField: "reviewGrade") { id onTime team { name } plan { child { caseReference } } localAuthority { code } reviewedBy { id } } }',
      { perPage },
      token.dco,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.allAdviceRequests.length).toBe(Math.min(perPage, await count(app, 'select count(*) as n from advice_request')));
    return Number(result.headers.get('x-sql-statements'));
  };
  const all = await count(app, 'select count(*) as n from advice_request');
  expect(all).toBeGreaterThan(3);
  expect(await statementsFor(all)).toBe(await statementsFor(3));
});
