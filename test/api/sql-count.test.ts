import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { ALL_PLANS, PLAN } from '../helpers/queries.js';
import { AUDIT_LIST, PLAN_LIST, PLAN as PLAN_WITH_RELATIONS } from '../bench/workloads.js';

const ALL_AUDITS = `query ($perPage: Int) {
  allAudits(perPage: $perPage) {
    id status overallGrade strengths localAuthority { code } cycle { name rubricVersion { number } } rubricVersion { number rubric { name } }
    auditor { email localAuthorities { code } } moderator { email } plan { child { caseReference } setting { name } team { name } }
  }
}`;

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startApp();
  token = await app.login('qa@example.org');
  // A drawn sample of 120 audits, some assigned, for the audit list to page through.
  const la = await localAuthorityId(app, '873');
  const [rubric] = await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la]);
  const cycle = (
    await app.graphql(
      `mutation ($la: UUID!, $rv: UUID!) { createAuditCycle(localAuthorityId: $la, name: "Count", kind: EHCP_AUDIT, term: AUTUMN, academicYear: 2025,
        opensOn: "2025-09-08", closesOn: "2025-12-19", rubricVersionId: $rv, sampleSize: 120, seed: 5) { id version } }`,
      { la, rv: rubric!.id },
      token,
    )
  ).data!.createAuditCycle;
  expect((await app.graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }', cycle, token)).errors).toBeUndefined();
  await app.sql("update audit set auditor_id = (select id from app_user where email = 'auditor@example.org'), status = 'ASSIGNED' where id in (select id from audit order by id limit 60)");
});
afterAll(async () => {
  await app?.close();
});

async function statements(query: string, list: string, variables: Record<string, unknown>, perPage: number): Promise<number> {
  const result = await app.graphql(query, { ...variables, perPage }, token);
  expect(result.errors).toBeUndefined();
  expect(result.data?.[list]).toHaveLength(perPage);
  return Number(result.headers.get('x-sql-statements'));
}

it('lists plans with their child, setting, team and authority in the same number of statements for 5 rows as for 100', async () => {
  const few = await statements(ALL_PLANS, 'allPlans', { sortField: 'caseReference' }, 5);
  const many = await statements(ALL_PLANS, 'allPlans', { sortField: 'caseReference' }, 100);
  expect(few).toBeGreaterThan(0);
  expect(many).toBe(few);
});

it('lists audits with every relation read through its scope, in the same number of statements for 5 rows as for 100', async () => {
  const few = await statements(ALL_AUDITS, 'allAudits', {}, 5);
  const many = await statements(ALL_AUDITS, 'allAudits', {}, 100);
  expect(few).toBeGreaterThan(0);
  expect(many).toBe(few);
});

/** The SQL text of every statement the app's ORM sends while `run` runs (requests of this file run one at a time). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const logger = app.db.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (context) => {
    if (context.query) seen.push(context.query);
    original(context);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

it('answers a plan list with its four relations and its count in three statements with the session, and the audit list likewise', async () => {
  for (const [query, list] of [[PLAN_LIST, 'allPlans'], [AUDIT_LIST, 'allAudits']] as const) {
    const result = await app.graphql(query, { perPage: 25 }, token);
    expect(result.errors).toBeUndefined();
    expect((result.data![list] as unknown[]).length).toBeGreaterThan(0);
    expect(Number(result.headers.get('x-sql-statements')), list).toBeLessThanOrEqual(3);
  }
});

it('answers Plan(id) with its relations in two statements with the session', async () => {
  const [plan] = await app.sql<{ id: string }>("select id from plan where team_id is not null and setting_id is not null limit 1");
  for (const query of [PLAN, PLAN_WITH_RELATIONS]) {
    const result = await app.graphql(query, { id: plan!.id }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.Plan.id).toBe(plan!.id);
    expect(Number(result.headers.get('x-sql-statements'))).toBeLessThanOrEqual(2);
  }
});

it('answers a relation asked only for its id from the foreign key, without reading the related row', async () => {
  const [plan] = await app.sql<{ id: string; setting_id: string }>('select id, setting_id from plan where setting_id is not null limit 1');
  let answer: Record<string, any> | undefined;
  const onlyId = await statementsOf(async () => {
    answer = (await app.graphql('query ($id: UUID!) { Plan(id: $id) { id setting { id } } }', { id: plan!.id }, token)).data!;
  });
  expect(answer!.Plan.setting).toEqual({ id: plan!.setting_id });
  expect(onlyId.join('\n')).not.toMatch(/"setting"/);
  // Asking for more of it reads the row, in the same statement.
  const withName = await statementsOf(() => app.graphql('query ($id: UUID!) { Plan(id: $id) { id setting { id name } } }', { id: plan!.id }, token));
  expect(withName.filter((text) => text.includes('"setting"'))).toHaveLength(1);
  expect(withName.length).toBe(onlyId.length);
});
