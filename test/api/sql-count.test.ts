import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { ALL_PLANS } from '../helpers/queries.js';

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
