import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { userIn, type Caller } from '../helpers/access.js';
import { assignedCycle, scoreAndSubmit, type Versioned } from '../helpers/audits.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/** The paths the issue found open, tried as a new user would; and the change history for those who moderate. */

const FOLLOW_UPS = `{ allFollowUpActions(perPage: 1000) { id audit { id overallGrade strengths auditor { email } plan { child { caseReference } } } } }`;
const CREATE_ACTION = 'mutation ($a: UUID!) { createFollowUpAction(auditId: $a, description: "Name the setting in section I", owner: "Caseworker", dueDate: "2026-10-01") { id } }';
const REQUEST = 'mutation ($id: UUID!, $version: Int!, $m: UUID!) { requestModeration(id: $id, version: $version, moderatorId: $m) { id version } }';
const GRADE = 'mutation ($id: UUID!, $version: Int!, $grade: Int!) { recordModeratorGrade(id: $id, version: $version, grade: $grade) { id version } }';
const HISTORY = 'query ($f: ChangeRecordFilter) { allChangeRecords(perPage: 1000, filter: $f) { id entityName entityId changes } }';

let app: TestApp;
let qa: string;
let auditor: string;
let admin: string;
let mine: Versioned;
let theirs: Versioned;

const idOf = async (email: string) => (await app.sql<{ id: string }>('select id from app_user where email = $1', [email]))[0]!.id;

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  auditor = await app.login('auditor@example.org');
  admin = await app.login('admin@example.org');
  // Two Cambridgeshire audits: one the auditor's, one given to someone else and scored by them.
  const [first, second] = await assignedCycle(app, qa, '873', { term: 'AUTUMN', academicYear: 2025, opensOn: '2025-09-08', size: 2, seed: 12, reaudit: false });
  const other = await userIn(app, 'other.auditor@access.test', ['AUDITOR'], '873');
  await app.sql('update audit set auditor_id = $1 where id = $2', [other.id, second!.id]);
  mine = await scoreAndSubmit(app, auditor, first!, 3);
  theirs = await scoreAndSubmit(app, other.token, second!, 2);
  // A Peterborough audit for the auditor, who works in both authorities.
  await assignedCycle(app, qa, '874', { term: 'AUTUMN', academicYear: 2025, opensOn: '2025-09-08', size: 1, seed: 13, reaudit: false });
  for (const audit of [mine, theirs]) expect((await app.graphql(CREATE_ACTION, { a: audit.id }, qa)).errors).toBeUndefined();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('an auditor', () => {
  it("reaches no one else's audit through its follow-up actions: the action is listed, its audit is null", async () => {
    const result = await app.graphql<{ allFollowUpActions: { id: string; audit: null | { id: string; overallGrade: number } }[] }>(FOLLOW_UPS, {}, auditor);
    expect(result.errors).toBeUndefined();
    const audits = result.data!.allFollowUpActions.map((action) => action.audit?.id ?? null);
    expect(audits).toContain(mine.id);
    expect(audits).toContain(null);
    expect(JSON.stringify(result.data)).not.toContain(theirs.id);
    const [plan] = await app.sql<{ case_reference: string }>('select c.case_reference from audit a join plan p on p.id = a.plan_id join child c on c.id = p.child_id where a.id = $1', [theirs.id]);
    expect(JSON.stringify(result.data)).not.toContain(plan!.case_reference);
    expect(JSON.stringify(result.data)).not.toContain('other.auditor@access.test');
    // Asked for directly, the same audit is not there, as before.
    expect((await app.graphql('query ($id: UUID!) { Audit(id: $id) { id } }', { id: theirs.id }, auditor)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('can neither change nor remove a follow-up action', async () => {
    const [action] = await app.sql<{ id: string; version: number }>('select id, version from follow_up_action where audit_id = $1', [theirs.id]);
    const cancel = await app.graphql('mutation ($id: UUID!, $version: Int!) { updateFollowUpAction(id: $id, version: $version, status: CANCELLED) { id } }', action!, auditor);
    const remove = await app.graphql('mutation ($id: UUID!) { deleteFollowUpAction(id: $id) { id } }', action!, auditor);
    expect([cancel.errors?.[0]?.extensions?.code, remove.errors?.[0]?.extensions?.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await app.sql('select status, version from follow_up_action where id = $1', [action!.id])).toEqual([{ status: 'OPEN', version: action!.version }]);
  });
});

describe('a QA officer of Peterborough only', () => {
  it('reaches no Cambridgeshire record through any nested field', async () => {
    const peterborough = await app.login('qa.peterborough@example.org');
    const cambridgeshire = await localAuthorityId(app, '873');
    const result = await app.graphql(
      `{
        me { localAuthorities { id code } }
        allSettings(perPage: 1000) { id localAuthority { id code } }
        allAudits(perPage: 1000) { id auditor { email localAuthorities { code } } plan { child { caseReference } } cycle { name } }
        allPlans(perPage: 1000) { id child { id } setting { id } team { id localAuthority { code } } localAuthority { code } }
        allFollowUpActions(perPage: 1000) { audit { id } team { id } }
        allPlacements(perPage: 1000) { child { id } provider { setting { id } localAuthority { code } } outcomes { reviews { visit { id } } } }
        allKpiValues(perPage: 1000) { kpi { id localAuthority { code } } }
        allRubrics { versions { id } }
      }`,
      {},
      peterborough,
    );
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result.data);
    expect(text).not.toContain(cambridgeshire);
    expect(text).not.toContain('"873"');
    // Cambridgeshire's own settings are listed (they are public), without their authority.
    const [setting] = await app.sql<{ id: string }>('select id from setting where local_authority_id = $1 limit 1', [cambridgeshire]);
    expect(result.data!.allSettings).toContainEqual({ id: setting!.id, localAuthority: null });
    // A colleague who also works in Cambridgeshire is shown with Peterborough alone.
    const audits = result.data!.allAudits as { auditor: { email: string; localAuthorities: { code: string }[] } | null }[];
    for (const audit of audits) if (audit.auditor) expect(audit.auditor.localAuthorities).toEqual([{ code: '874' }]);
    // Everything Cambridgeshire holds is found by the API for someone who works there.
    const rows = await app.sql<{ id: string }>('select id from audit where local_authority_id = $1', [cambridgeshire]);
    for (const { id } of rows) expect(text).not.toContain(id);
  });
});

describe('the change history', () => {
  it("hides an audit's first grades from its moderator, an admin, until they have given their own", async () => {
    const moderatorId = await idOf('admin@example.org');
    const audit = (await app.graphql(REQUEST, { ...mine, version: (await app.sql<{ version: number }>('select version from audit where id = $1', [mine.id]))[0]!.version, m: moderatorId }, qa)).data!.requestModeration as Versioned;
    const history = async (token: string) =>
      ((await app.graphql(HISTORY, { f: { entityName: 'Audit', entityId: mine.id } }, token)).data!.allChangeRecords as { changes: Record<string, { before: unknown; after: unknown }> }[]).flatMap((entry) =>
        Object.entries(entry.changes).filter(([field]) => ['overallGrade', 'suggestedGrade', 'sections', 'strengths'].includes(field)),
      );
    const blind = await history(admin);
    expect(blind.length).toBeGreaterThan(0);
    for (const [, change] of blind) expect(change.after === null || change.after === '[hidden]').toBe(true);
    expect(blind.some(([field, change]) => field === 'overallGrade' && change.after === '[hidden]')).toBe(true);
    // Any other admin sees them.
    const otherAdmin = await userIn(app, 'admin.both@access.test', ['ADMIN'], '873');
    expect((await history(otherAdmin.token)).some(([field, change]) => field === 'overallGrade' && change.after === 3)).toBe(true);
    // The audit itself says the same.
    expect((await app.graphql('query ($id: UUID!) { Audit(id: $id) { overallGrade } }', { id: mine.id }, admin)).data!.Audit).toEqual({ overallGrade: null });

    await app.graphql(GRADE, { ...audit, grade: 2 }, admin);
    expect((await history(admin)).some(([field, change]) => field === 'overallGrade' && change.after === 3)).toBe(true);
  });

  it('hides placement costs, and KPIs in pounds, from an admin who audits and does not commission', async () => {
    const commissioner = await app.login('commissioner@example.org');
    const [placement] = await app.sql<{ id: string; version: number; education_cost: number }>(
      "select p.id, p.version, p.education_cost from placement p join local_authority la on la.id = p.local_authority_id where la.code = '873' order by p.id limit 1",
    );
    const updated = await app.graphql('mutation ($id: UUID!, $version: Int!, $c: Int) { updatePlacement(id: $id, version: $version, educationCost: $c) { id } }', { ...placement!, c: placement!.education_cost + 1000 }, commissioner);
    expect(updated.errors).toBeUndefined();
    const [kpi] = await app.sql<{ id: string; version: number; target: number }>("select k.id, k.version, k.target from kpi k join local_authority la on la.id = k.local_authority_id where la.code = '873' and k.unit = 'POUNDS' limit 1");
    expect((await app.graphql('mutation ($id: UUID!, $version: Int!, $t: Float) { updateKpi(id: $id, version: $version, target: $t) { id } }', { ...kpi!, t: kpi!.target + 1 }, qa)).errors).toBeUndefined();

    const auditingAdmin = await userIn(app, 'admin.auditor@access.test', ['ADMIN', 'AUDITOR'], '873');
    const costs = (await app.graphql(HISTORY, { f: { entityName: 'Placement', entityId: placement!.id } }, auditingAdmin.token)).data!.allChangeRecords as { changes: Record<string, { after: unknown }> }[];
    expect(costs.map((entry) => entry.changes.educationCost?.after)).toContain('[hidden]');
    expect(JSON.stringify(costs)).not.toContain(String(placement!.education_cost + 1000));
    const kpiHistory = await app.graphql(HISTORY, { f: { entityName: 'Kpi', entityId: kpi!.id } }, auditingAdmin.token);
    expect(kpiHistory.data!.allChangeRecords).toEqual([]);

    const plainAdmin = (await app.graphql(HISTORY, { f: { entityName: 'Placement', entityId: placement!.id } }, admin)).data!.allChangeRecords as { changes: Record<string, { after: unknown }> }[];
    expect(plainAdmin.map((entry) => entry.changes.educationCost?.after)).toContain(placement!.education_cost + 1000);
    expect(((await app.graphql(HISTORY, { f: { entityName: 'Kpi', entityId: kpi!.id } }, admin)).data!.allChangeRecords as unknown[]).length).toBeGreaterThan(0);
  });

  it('shows an admin the history of the users they manage (every authority theirs), and of no one else', async () => {
    const created = await app.graphql(
      'mutation ($la: [UUID!]!) { createUser(email: "cam.only@access.test", displayName: "Cambridgeshire only", roles: [VIEWER], localAuthoritiesIds: $la, password: "a long enough password") { id } }',
      { la: [await localAuthorityId(app, '873')] },
      admin,
    );
    const userId = created.data!.createUser.id as string;
    const peterboroughAdmin: Caller = await userIn(app, 'admin.874@access.test', ['ADMIN'], '874');
    const seen = (await app.graphql(HISTORY, { f: { entityName: 'User' } }, peterboroughAdmin.token)).data!.allChangeRecords as { entityId: string }[];
    expect(seen.map((entry) => entry.entityId)).not.toContain(userId);
    expect(seen.length).toBeGreaterThan(0);
    const [visible] = await app.sql<{ n: string }>(
      `select count(*) as n from change_record c where c.entity_name = 'User' and c.entity_id::uuid in (
         select u.id from app_user u where not exists (
           select 1 from app_user_local_authority l join local_authority la on la.id = l.local_authority_id where l.user_id = u.id and la.code <> '874'))`,
    );
    expect(seen).toHaveLength(Number(visible!.n));
    const all = (await app.graphql(HISTORY, { f: { entityName: 'User' } }, admin)).data!.allChangeRecords as { entityId: string }[];
    expect(all.map((entry) => entry.entityId)).toContain(userId);
  });
});
