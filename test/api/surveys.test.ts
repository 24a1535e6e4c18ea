import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * Families' voice over HTTP: a survey link works without signing in, once, and shows nothing about the
 * child; the satisfaction figures and the family-satisfaction KPI equal a computation made here from the
 * fixture's responses, with suppression under five; another authority sees none of it.
 */
const INVITE = `mutation ($planId: UUID!, $kind: SurveyKind!) { createSurveyInvitation(planId: $planId, kind: $kind) { id token expiresOn usedAt plan { id } template { id } } }`;
const SURVEY = `query ($token: String!) { surveyByToken(token: $token) { authorityName title questions { key text type labels headline } } }`;
const SUBMIT = `mutation ($token: String!, $answers: [SurveyAnswerInput!]!) { submitSurvey(token: $token, answers: $answers) }`;
const FIGURE = 'key label need suppressed responses satisfied share low high';
const FIGURES = `query ($la: UUID, $from: LocalDate, $to: LocalDate, $kind: SurveyKind) {
  familySatisfaction(localAuthorityId: $la, from: $from, to: $to, kind: $kind) {
    from to threshold overall { ${FIGURE} } byQuestion { ${FIGURE} } byTerm { ${FIGURE} } byTeam { ${FIGURE} } byNeed { ${FIGURE} } } }`;

type Figure = { key: string; label: string; need: string | null; suppressed: boolean; responses: number | null; satisfied: number | null; share: number | null; low: number | null; high: number | null };

let app: TestApp;
let qa: string;
let cam: string;
let pet: string;

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const rules = (result: GraphQLResponse) => (result.errors?.[0]?.extensions?.fields ?? []).map(({ field, rule }) => `${field} ${rule}`);

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  cam = await localAuthorityId(app, '873');
  pet = await localAuthorityId(app, '874');
});
afterAll(async () => {
  await app?.close();
});

/** A final plan of Cambridgeshire with what the link must never show: its child's case reference, dates and setting. */
async function planWithDetails() {
  const [plan] = await app.sql<{ id: string; child_id: string; case_reference: string; date_of_birth: string; request_date: string; issue_date: string | null; setting: string | null }>(
    `select p.id, c.id as child_id, c.case_reference, to_char(c.date_of_birth, 'YYYY-MM-DD') as date_of_birth, to_char(p.request_date, 'YYYY-MM-DD') as request_date,
            to_char(p.issue_date, 'YYYY-MM-DD') as issue_date, s.name as setting
       from plan p join child c on c.id = p.child_id left join setting s on s.id = p.setting_id
      where p.local_authority_id = $1 and p.status = 'FINAL' and p.setting_id is not null order by p.id limit 1`,
    [cam],
  );
  return plan!;
}

async function shippedTemplate(la: string, kind: string): Promise<{ id: string; questions: { key: string; type: string; headline: boolean }[] }> {
  const [template] = await app.sql<{ id: string; questions: { key: string; type: string; headline: boolean }[] }>(
    'select id, questions from survey_template where local_authority_id = $1 and kind = $2 order by number limit 1',
    [la, kind],
  );
  return template!;
}

describe('the survey link', () => {
  it('works without signing in, shows only the questions and the authority, and works once', async () => {
    const plan = await planWithDetails();
    const template = await shippedTemplate(cam, 'POST_ASSESSMENT');
    const invited = await app.graphql(INVITE, { planId: plan.id, kind: 'POST_ASSESSMENT' }, qa);
    const invitation = invited.data!.createSurveyInvitation;
    // The kind's latest version in the plan's authority.
    expect(invitation.template.id).toBe(template.id);
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is kept, and the invitation never shows the token again.
    expect(await count(app, 'select count(*) as n from survey_invitation where token_hash = $1', [createHash('sha256').update(invitation.token).digest('hex')])).toBe(1);
    expect(await count(app, "select count(*) as n from survey_invitation where token_hash = $1 or row_to_json(survey_invitation)::text like '%' || $1 || '%'", [invitation.token])).toBe(0);
    expect((await app.graphql('query ($id: UUID!) { SurveyInvitation(id: $id) { token } }', { id: invitation.id }, qa)).data?.SurveyInvitation.token).toBeNull();

    const shown = await app.graphql(SURVEY, { token: invitation.token }, null);
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.surveyByToken.authorityName).toBe((await app.sql<{ name: string }>('select name from local_authority where id = $1', [cam]))[0]!.name);
    expect(shown.data?.surveyByToken.questions.map((q: { key: string }) => q.key)).toEqual(template.questions.map((q) => q.key));
    const body = JSON.stringify(shown.data);
    for (const detail of [plan.id, plan.child_id, plan.case_reference, plan.date_of_birth, plan.request_date, plan.issue_date, plan.setting]) {
      if (detail) expect(body).not.toContain(detail);
    }

    const headline = template.questions.find((q) => q.headline)!;
    const text = template.questions.find((q) => q.type === 'TEXT')!;
    const answers = [{ key: headline.key, score: 5 }, { key: text.key, text: 'Clear letters, thank you' }];
    const before = await count(app, 'select count(*) as n from survey_response where plan_id = $1', [plan.id]);
    const submitted = await app.graphql(SUBMIT, { token: invitation.token, answers }, null);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitSurvey).toBe(true);
    const [saved] = await app.sql<{ channel: string; answers: unknown; term: string }>(
      'select channel, answers, term from survey_response where plan_id = $1 order by created_at desc limit 1',
      [plan.id],
    );
    expect(await count(app, 'select count(*) as n from survey_response where plan_id = $1', [plan.id])).toBe(before + 1);
    expect(saved).toMatchObject({ channel: 'LINK', answers: [{ key: headline.key, score: 5, text: null }, { key: text.key, score: null, text: 'Clear letters, thank you' }] });
    expect(await count(app, 'select count(*) as n from survey_invitation where id = $1 and used_at is not null', [invitation.id])).toBe(1);

    const again = await app.graphql(SUBMIT, { token: invitation.token, answers }, null);
    expect([code(again), again.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'SURVEY_ALREADY_ANSWERED']);
    expect(code(await app.graphql(SURVEY, { token: invitation.token }, null))).toBe('CONFLICT');
    expect(await count(app, 'select count(*) as n from survey_response where plan_id = $1', [plan.id])).toBe(before + 1);

    // The plan's audit shows it: the plan's family feedback, scoped as the responses are.
    const feedback = await app.graphql('query ($id: UUID!) { Plan(id: $id) { familyFeedback { id channel answers { key score text } } } }', { id: plan.id }, qa);
    expect(feedback.data?.Plan.familyFeedback).toHaveLength(before + 1);
  });

  it('refuses answers that do not fit the questions, a token that is not one, and anything else without signing in', async () => {
    const plan = await planWithDetails();
    const template = await shippedTemplate(cam, 'POST_ANNUAL_REVIEW');
    const { token } = (await app.graphql(INVITE, { planId: plan.id, kind: 'POST_ANNUAL_REVIEW' }, qa)).data!.createSurveyInvitation;
    const headline = template.questions.find((q) => q.headline)!;
    const text = template.questions.find((q) => q.type === 'TEXT')!;
    expect(rules(await app.graphql(SUBMIT, { token, answers: [{ key: headline.key, score: 6 }] }, null))).toEqual(['answers.0.score max']);
    expect(rules(await app.graphql(SUBMIT, { token, answers: [{ key: 'nope', score: 3 }] }, null))).toEqual(['answers.0.key oneOf', 'answers notEmpty']);
    expect(rules(await app.graphql(SUBMIT, { token, answers: [{ key: text.key, score: 3 }] }, null))).toContain('answers.0.score textOnly');
    expect(rules(await app.graphql(SUBMIT, { token, answers: [] }, null))).toEqual(['answers notEmpty']);
    expect(rules(await app.graphql(SURVEY, { token: 'short' }, null))).toEqual(['token matches']);
    expect(rules(await app.graphql(SURVEY, { token: 'x'.repeat(43) }, null))).toEqual(['token exists']);
    expect(await count(app, 'select count(*) as n from survey_invitation where token_hash = $1 and used_at is null', [createHash('sha256').update(token).digest('hex')])).toBe(1);
    // The open operations open nothing else.
    expect(code(await app.graphql(`query { allSurveyResponses { id } }`, {}, null))).toBe('UNAUTHENTICATED');
    expect(code(await app.graphql(`query ($token: String!) { surveyByToken(token: $token) { title } allPlans { id } }`, { token }, null))).toBe('UNAUTHENTICATED');
  });

  it('locks a token out after repeated failed tries, as sign-in locks an email', async () => {
    const plan = await planWithDetails();
    const template = await shippedTemplate(cam, 'ANNUAL_FAMILY');
    const { token } = (await app.graphql(INVITE, { planId: plan.id, kind: 'ANNUAL_FAMILY' }, qa)).data!.createSurveyInvitation;
    const answers = [{ key: template.questions.find((q) => q.headline)!.key, score: 4 }];
    expect((await app.graphql(SUBMIT, { token, answers }, null)).data?.submitSurvey).toBe(true);
    const codes: unknown[] = [];
    for (let i = 0; i < 11; i++) codes.push(code(await app.graphql(SUBMIT, { token, answers }, null)));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('CONFLICT'));
    expect(codes[10]).toBe('THROTTLED');
  });
});

interface FixtureResponse {
  responded_on: string;
  term: string;
  kind: string;
  answers: { key: string; score: number | null }[];
  questions: { key: string; text: string; type: string; headline: boolean }[];
  team_id: string | null;
  primary_need: string;
}

/** Every response of an authority in the range, with the plan's team and the child's need, read with SQL. */
async function fixtureResponses(la: string, from: string, to: string): Promise<FixtureResponse[]> {
  return app.sql<FixtureResponse>(
    `select to_char(r.responded_on, 'YYYY-MM-DD') as responded_on, r.term, t.kind, r.answers, t.questions, p.team_id, c.primary_need
       from survey_response r join survey_template t on t.id = r.template_id join plan p on p.id = r.plan_id join child c on c.id = p.child_id
      where r.local_authority_id = $1 and r.responded_on between $2 and $3`,
    [la, from, to],
  );
}

const headlineOf = (r: FixtureResponse) => {
  const key = r.questions.find((q) => q.headline)!.key;
  return r.answers.find((a) => a.key === key)?.score ?? null;
};

/** The figure as the issue defines it: share of 4–5, Wilson 95% interval, nothing shown under five. */
function expected(scores: number[]): Omit<Figure, 'key' | 'label' | 'need'> {
  const n = scores.length;
  if (n < 5) return { suppressed: true, responses: null, satisfied: null, share: null, low: null, high: null };
  const k = scores.filter((s) => s >= 4).length;
  const z = 1.959964;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { suppressed: false, responses: n, satisfied: k, share: (100 * k) / n, low: 100 * Math.max(0, centre - half), high: 100 * Math.min(1, centre + half) };
}

function closeTo(actual: Figure, wanted: ReturnType<typeof expected>, what: string) {
  expect([what, actual.suppressed, actual.responses, actual.satisfied]).toEqual([what, wanted.suppressed, wanted.responses, wanted.satisfied]);
  for (const field of ['share', 'low', 'high'] as const) {
    if (wanted[field] === null) expect(actual[field]).toBeNull();
    else expect(actual[field]).toBeCloseTo(wanted[field]!, 9);
  }
}

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

describe('the figures', () => {
  it('equal a computation from the fixture responses: overall, per question, term, team and need, suppressed under five', async () => {
    const [from, to] = ['2024-09-01', '2026-09-01'];
    const responses = await fixtureResponses(cam, from, to);
    expect(responses.length).toBeGreaterThan(20);
    const result = await app.graphql(FIGURES, { la: cam, from, to }, qa);
    expect(result.errors).toBeUndefined();
    const figures = result.data!.familySatisfaction;
    const answered = responses.filter((r) => headlineOf(r) !== null);
    closeTo(figures.overall, expected(answered.map((r) => headlineOf(r)!)), 'overall');

    const terms = byKey(answered, (r) => r.term);
    expect(figures.byTerm.map((f: Figure) => f.key).sort()).toEqual([...terms.keys()].sort());
    for (const f of figures.byTerm) closeTo(f, expected(terms.get(f.key)!.map((r) => headlineOf(r)!)), `term ${f.key}`);

    const teams = byKey(answered, (r) => r.team_id ?? 'none');
    expect(figures.byTeam.map((f: Figure) => f.key).sort()).toEqual([...teams.keys()].sort());
    for (const f of figures.byTeam) closeTo(f, expected(teams.get(f.key)!.map((r) => headlineOf(r)!)), `team ${f.key}`);

    const needs = byKey(answered, (r) => r.primary_need);
    expect(figures.byNeed.map((f: Figure) => f.key).sort()).toEqual([...needs.keys()].sort());
    for (const f of figures.byNeed) closeTo(f, expected(needs.get(f.key)!.map((r) => headlineOf(r)!)), `need ${f.key}`);

    const scales = responses.flatMap((r) =>
      r.answers.flatMap((a) => (r.questions.find((q) => q.key === a.key)?.type === 'SCALE' && a.score !== null ? [{ key: `${r.kind}.${a.key}`, score: a.score }] : [])),
    );
    const questions = byKey(scales, (s) => s.key);
    expect(figures.byQuestion.map((f: Figure) => f.key).sort()).toEqual([...questions.keys()].sort());
    for (const f of figures.byQuestion) closeTo(f, expected(questions.get(f.key)!.map((s) => s.score)), `question ${f.key}`);

    // The fixture has groups on both sides of the threshold, so both rules are exercised.
    const all: Figure[] = [...figures.byTerm, ...figures.byTeam, ...figures.byNeed, ...figures.byQuestion];
    expect(all.some((f) => f.suppressed)).toBe(true);
    expect(all.some((f) => !f.suppressed)).toBe(true);
  });

  it('hides the counts of a range with fewer than five responses', async () => {
    const [day] = await app.sql<{ d: string }>(
      `select to_char(responded_on, 'YYYY-MM-DD') as d from survey_response where local_authority_id = $1 group by responded_on having count(*) between 1 and 4 order by responded_on limit 1`,
      [cam],
    );
    const figures = (await app.graphql(FIGURES, { la: cam, from: day!.d, to: day!.d }, qa)).data!.familySatisfaction;
    expect(figures.overall).toMatchObject({ suppressed: true, responses: null, satisfied: null, share: null, low: null, high: null });
  });

  it('compute the family-satisfaction KPI from the responses, month by month', async () => {
    const [kpi] = await app.sql<{ id: string; source: string; calculation: string }>("select id, source, calculation from kpi where code = 'FAM-SAT' and local_authority_id = $1", [cam]);
    expect(kpi).toMatchObject({ source: 'COMPUTED', calculation: 'FAMILY_SATISFACTION' });
    const values = await app.sql<{ start: string; end: string; numerator: number | null; denominator: number | null; value: number | null }>(
      `select to_char(period_start, 'YYYY-MM-DD') as start, to_char(period_end, 'YYYY-MM-DD') as end, numerator, denominator, value from kpi_value where kpi_id = $1 order by period_start`,
      [kpi!.id],
    );
    expect(values.length).toBeGreaterThan(12);
    const responses = (await fixtureResponses(cam, values[0]!.start, values.at(-1)!.end)).filter((r) => r.kind !== 'YOUNG_PEOPLE' && headlineOf(r) !== null);
    let shown = 0;
    for (const value of values) {
      const scores = responses.filter((r) => r.responded_on >= value.start && r.responded_on <= value.end).map((r) => headlineOf(r)!);
      const wanted = expected(scores);
      expect([value.start, value.denominator === null ? null : Number(value.denominator), value.numerator === null ? null : Number(value.numerator)]).toEqual([value.start, wanted.responses, wanted.satisfied]);
      if (wanted.share !== null) {
        expect(Number(value.value)).toBeCloseTo(wanted.share, 6);
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(0);
  });
});

describe('access', () => {
  it('lets another authority see none of it, by any path', async () => {
    const other = await app.login('qa.peterborough@example.org');
    const [response] = await app.sql<{ id: string; plan_id: string }>('select id, plan_id from survey_response where local_authority_id = $1 limit 1', [cam]);
    expect(code(await app.graphql('query ($id: UUID!) { SurveyResponse(id: $id) { id } }', { id: response!.id }, other))).toBe('NOT_FOUND');
    expect(code(await app.graphql('query ($id: UUID!) { Plan(id: $id) { familyFeedback { id } } }', { id: response!.plan_id }, other))).toBe('NOT_FOUND');
    expect(code(await app.graphql(FIGURES, { la: cam }, other))).toBe('FORBIDDEN');
    expect(code(await app.graphql('query ($la: UUID!) { allSurveyResponses(filter: { localAuthorityId: $la }) { id } }', { la: cam }, other))).toBe('FORBIDDEN');
    const listed = await app.graphql('query { _allSurveyResponsesMeta { count } _allSurveyTemplatesMeta { count } _allFamilyThemesMeta { count } }', {}, other);
    expect(listed.data).toEqual({
      _allSurveyResponsesMeta: { count: await count(app, 'select count(*) as n from survey_response where local_authority_id = $1', [pet]) },
      _allSurveyTemplatesMeta: { count: await count(app, 'select count(*) as n from survey_template where local_authority_id = $1', [pet]) },
      _allFamilyThemesMeta: { count: await count(app, 'select count(*) as n from family_theme where local_authority_id = $1', [pet]) },
    });
    // Its own figures count its own responses only.
    const own = (await app.graphql(FIGURES, { from: '2024-09-01', to: '2026-09-01' }, other)).data!.familySatisfaction.overall;
    const theirs = (await fixtureResponses(pet, '2024-09-01', '2026-09-01')).filter((r) => headlineOf(r) !== null);
    closeTo(own, expected(theirs.map((r) => headlineOf(r)!)), 'Peterborough');
    // Invitations and entered responses only for plans of one's own authorities.
    expect(rules(await app.graphql(INVITE, { planId: response!.plan_id, kind: 'POST_ASSESSMENT' }, other))).toEqual(['planId exists']);
  });

  it('leaves invitations and entered responses to QA officers and admins', async () => {
    const plan = await planWithDetails();
    const template = await shippedTemplate(cam, 'POST_ASSESSMENT');
    const viewer = await app.login('viewer@example.org');
    expect(code(await app.graphql(INVITE, { planId: plan.id, kind: 'POST_ASSESSMENT' }, viewer))).toBe('FORBIDDEN');
    const entered = await app.graphql(
      'mutation ($planId: UUID!, $templateId: UUID!, $answers: [SurveyAnswerInput!]!) { createSurveyResponse(planId: $planId, templateId: $templateId, respondedOn: "2026-06-01", answers: $answers) { channel term } }',
      { planId: plan.id, templateId: template.id, answers: [{ key: template.questions.find((q) => q.headline)!.key, score: 2 }] },
      qa,
    );
    expect(entered.data?.createSurveyResponse).toEqual({ channel: 'ENTERED', term: '2025/26 Summer' });
  });
});

describe('templates', () => {
  it('keeps a template in use as it is: a change is a new version', async () => {
    const [template] = await app.sql<{ id: string; version: number; kind: string }>(
      'select t.id, t.version, t.kind from survey_template t where t.local_authority_id = $1 and exists (select 1 from survey_response r where r.template_id = t.id) limit 1',
      [cam],
    );
    const questions = [{ key: 'overall', text: 'How satisfied are you?', type: 'SCALE', labels: ['1', '2', '3', '4', '5'], headline: true }];
    const UPDATE = 'mutation ($id: UUID!, $version: Int!, $questions: [SurveyQuestionInput!]) { updateSurveyTemplate(id: $id, version: $version, questions: $questions) { id number } }';
    expect(rules(await app.graphql(UPDATE, { ...template, questions }, qa))).toEqual(['id inUseIsImmutable']);
    const next = (await app.graphql('mutation ($id: UUID!) { createSurveyTemplateVersion(templateId: $id) { id version number kind } }', { id: template!.id }, qa)).data!.createSurveyTemplateVersion;
    expect(next.number).toBe((await count(app, 'select max(number) as n from survey_template where local_authority_id = $1 and kind = $2', [cam, template!.kind])));
    const edited = await app.graphql(UPDATE, { id: next.id, version: next.version, questions }, qa);
    expect(edited.errors).toBeUndefined();
    expect(rules(await app.graphql(UPDATE, { id: next.id, version: next.version + 1, questions: [{ ...questions[0], headline: false }] }, qa))).toEqual(['questions oneHeadline']);
  });
});

describe('"You said, we did"', () => {
  it('lists only the published themes, without signing in, and nothing about any child', async () => {
    const published = await app.sql<{ said: string }>('select said from family_theme where local_authority_id = $1 and published order by said', [cam]);
    expect(published.length).toBeGreaterThan(0);
    const listed = await app.graphql('{ youSaidWeDid(localAuthorityCode: "873") { said actionTaken actionOn term source status } }', {}, null);
    expect(listed.data?.youSaidWeDid.map((t: { said: string }) => t.said).sort()).toEqual(published.map((t) => t.said));
    expect((await app.graphql('{ youSaidWeDid(localAuthorityCode: "999") { said } }', {}, null)).data?.youSaidWeDid).toEqual([]);
  });
});

describe('the import of responses', () => {
  const PREVIEW = `query ($la: UUID!, $file: ImportFileInput!) { previewImport(kind: SURVEY_RESPONSES, localAuthorityId: $la, file: $file) {
    fileHash digest rowCount toCreate toUpdate invalid rows { key action errors { column rule } } } }`;
  const CONFIRM = `mutation ($la: UUID!, $file: ImportFileInput!, $fileHash: String!, $previewDigest: String!) {
    confirmImport(kind: SURVEY_RESPONSES, localAuthorityId: $la, file: $file, fileHash: $fileHash, previewDigest: $previewDigest) { created updated unchanged } }`;

  it('matches plans by case reference, answers the latest template of the kind, and refuses rows that do not fit', async () => {
    const [plan] = await app.sql<{ id: string; case_reference: string }>(
      `select p.id, c.case_reference from plan p join child c on c.id = p.child_id
        where p.local_authority_id = $1 and (select count(*) from plan q where q.child_id = c.id) = 1 order by c.case_reference limit 1`,
      [cam],
    );
    const [latest] = await app.sql<{ questions: { key: string; type: string }[] }>(
      "select questions from survey_template where local_authority_id = $1 and kind = 'POST_ANNUAL_REVIEW' order by number desc limit 1",
      [cam],
    );
    const cells = latest!.questions.map((q) => (q.type === 'SCALE' ? '4' : 'Helpful meeting'));
    const file = {
      filename: 'survey.csv',
      text: [`CaseReference,SurveyKind,ResponseDate,${cells.map((_, i) => `Q${i + 1}`).join(',')}`, `${plan!.case_reference},POST_ANNUAL_REVIEW,2026-05-04,${cells.join(',')}`, ''].join('\r\n'),
    };
    const preview = (await app.graphql(PREVIEW, { la: cam, file }, qa)).data?.previewImport;
    expect(preview).toMatchObject({ rowCount: 1, toCreate: 1, invalid: 0 });
    const before = await count(app, "select count(*) as n from survey_response where plan_id = $1 and channel = 'IMPORTED'", [plan!.id]);
    const confirmed = await app.graphql(CONFIRM, { la: cam, file, fileHash: preview.fileHash, previewDigest: preview.digest }, qa);
    expect(confirmed.data?.confirmImport).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const [saved] = await app.sql<{ answers: { key: string; score: number | null }[]; term: string }>(
      "select answers, term from survey_response where plan_id = $1 and channel = 'IMPORTED' and responded_on = '2026-05-04'",
      [plan!.id],
    );
    expect(await count(app, "select count(*) as n from survey_response where plan_id = $1 and channel = 'IMPORTED'", [plan!.id])).toBe(before + 1);
    expect(saved!.answers.map((a) => a.key)).toEqual(latest!.questions.map((q) => q.key));
    expect(saved!.term).toBe('2025/26 Summer');

    const bad = { filename: 'bad.csv', text: ['CaseReference,SurveyKind,ResponseDate,Q1', 'CAM-NOPE,POST_ANNUAL_REVIEW,2026-05-04,4', `${plan!.case_reference},POST_ANNUAL_REVIEW,2026-05-05,9`, ''].join('\r\n') };
    const refused = (await app.graphql(PREVIEW, { la: cam, file: bad }, qa)).data?.previewImport;
    expect(refused.invalid).toBe(2);
    expect(refused.rows.flatMap((r: { errors: { column: string; rule: string }[] }) => r.errors.map((e) => `${e.column} ${e.rule}`))).toEqual(['CaseReference exists', 'Q1 scale']);
  });
});
