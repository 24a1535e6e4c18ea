import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { handWrittenServer } from '../bench/hand-written.js';
import { PLAN_LIST, workloads } from '../bench/workloads.js';

// The benchmark's floor must answer what the API answers, or its ratio means nothing: compared here,
// byte for byte, for callers the access rules treat differently (never timed).
let app: TestApp;
let pool: pg.Pool;
let server: ReturnType<typeof handWrittenServer>;
let handWrittenUrl: string;

beforeAll(async () => {
  app = await startApp();
  // A drawn sample: half assigned to the auditor, some of those submitted for the QA officer to moderate blind.
  const qa = await app.login('qa@example.org');
  const la = await localAuthorityId(app, '873');
  const [rubric] = await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la]);
  const cycle = (
    await app.graphql(
      `mutation ($la: UUID!, $rv: UUID!) { createAuditCycle(localAuthorityId: $la, name: "Side by side", kind: EHCP_AUDIT, term: AUTUMN, academicYear: 2025,
        opensOn: "2025-09-08", closesOn: "2025-12-19", rubricVersionId: $rv, sampleSize: 60, seed: 9) { id version } }`,
      { la, rv: rubric!.id },
      qa,
    )
  ).data!.createAuditCycle;
  expect((await app.graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }', cycle, qa)).errors).toBeUndefined();
  await app.sql(`update audit set auditor_id = (select id from app_user where email = 'auditor@example.org'), status = 'ASSIGNED'
                  where id in (select id from audit order by id limit 30)`);
  await app.sql(`update audit set status = 'SUBMITTED', overall_grade = 3, submitted_at = now(), moderator_id = (select id from app_user where email = 'qa@example.org')
                  where id in (select id from audit where status = 'ASSIGNED' order by id limit 6)`);
  // Plans on the first page without a team or a setting, for the null relations.
  await app.sql('update plan set team_id = null where id in (select id from plan order by request_date desc, id limit 3)');
  await app.sql('update plan set setting_id = null where id in (select id from plan order by request_date desc, id offset 3 limit 3)');
  pool = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });
  server = handWrittenServer(pool);
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  handWrittenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await pool?.end();
  await app?.close();
});

async function apiBody(query: string, variables: Record<string, unknown>, token: string): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

it.each(['qa@example.org', 'auditor@example.org', 'viewer@example.org'])('the hand-written server answers %s what the API answers, byte for byte', async (email) => {
  const token = await app.login(email);
  const [first] = JSON.parse(await apiBody(PLAN_LIST, { perPage: 1 }, token)).data.allPlans;
  for (const workload of workloads(first.id)) {
    const fromApi = await apiBody(workload.query, workload.variables, token);
    const response = await fetch(`${handWrittenUrl}${workload.handWritten}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(JSON.parse(fromApi).errors, workload.name).toBeUndefined();
    expect(await response.text(), workload.name).toBe(fromApi);
  }
});

it('compares answers with something in them: full pages, absent relations, blind grades and the auditor seeing only their own audits', async () => {
  const qa = JSON.parse(await apiBody(workloads('')[0]!.query, { perPage: 100 }, await app.login('qa@example.org'))).data;
  expect(qa.allPlans).toHaveLength(100);
  expect(qa.allPlans.filter((plan: { team: unknown }) => plan.team === null).length).toBeGreaterThanOrEqual(3);
  expect(qa.allPlans.filter((plan: { setting: unknown }) => plan.setting === null).length).toBeGreaterThanOrEqual(3);
  const audits = workloads('')[2]!;
  const seen = async (email: string) => JSON.parse(await apiBody(audits.query, { perPage: 100 }, await app.login(email))).data._allAuditsMeta.count;
  const [all, own] = [await seen('qa@example.org'), await seen('auditor@example.org')];
  expect(all).toBeGreaterThan(0);
  expect(own).toBeGreaterThan(0);
  expect(own).toBeLessThan(all);
  const moderated = JSON.parse(await apiBody(audits.query, { perPage: 100 }, await app.login('qa@example.org'))).data.allAudits;
  expect(moderated.filter((audit: { status: string; overallGrade: number | null }) => audit.status === 'SUBMITTED' && audit.overallGrade === null)).toHaveLength(6);
});
