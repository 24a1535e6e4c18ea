import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/** Whatever goes wrong at the HTTP level, the answer is JSON shaped like GraphQL's errors, with a code: never HTML, never a stack. */
let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function expectJsonError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  const text = await response.text();
  expect(text).not.toMatch(/<html|<!DOCTYPE|\bat .+\.(js|ts):\d+/i);
  expect((JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(code);
}

const post = (body: string, contentType = 'application/json', path = '/graphql') =>
  fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

it('answers a body over the limit with 413 and a JSON error', async () => {
  await expectJsonError(await post(JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(21 * 1024 * 1024) } })), 413, 'BAD_REQUEST');
});

it('answers malformed JSON with 400 and a JSON error', async () => {
  await expectJsonError(await post('{"query": "{ me { id } }"'), 400, 'BAD_REQUEST');
});

it('answers a path with nothing behind it with 404 and a JSON error', async () => {
  await expectJsonError(await post('{}', 'application/json', '/nothing-here'), 404, 'NOT_FOUND');
  await expectJsonError(await fetch(`${app.url}/nothing-here`), 404, 'NOT_FOUND');
});

it('answers a GraphQL request in the wrong form as JSON too', async () => {
  // A GET without a query, a POST of plain text (refused as a possible cross-site request), an empty body.
  for (const response of [await fetch(`${app.url}/graphql`), await post('{ me { id } }', 'text/plain'), await post('')]) {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(((await response.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  }
});

it('takes a part-time return of 18,000 rows in one request', async () => {
  const qa = await app.login('qa@example.org');
  const cam = await localAuthorityId(app, '873');
  const [school] = await app.sql<{ id: string }>("select id from setting where local_authority_id = $1 and type = 'MAINSTREAM' order by urn limit 1", [cam]);
  const header =
    'case_reference,sen_status,start_date,agreed_end_date,hours_per_week,reason,reason_notes,parent_agreement_date,parent_agreed_by,return_plan,' +
    'caseworker_agreement_date,virtual_school_agreement_date,has_social_worker,social_worker_involvement,extended_until,extension_reason';
  const row = (i: number) =>
    `NOTX-${String(i).padStart(6, '0')},SEN_SUPPORT,2026-09-07,2026-10-19,15,REINTEGRATION,"Anxiety-related absence; phased return agreed with the family and the school's SENCo",` +
    `2026-09-03,parent,"Add an afternoon each fortnight, reviewed at each step with the family",2026-09-04,,false,,,`;
  const csv = [header, ...Array.from({ length: 18_000 }, (_, i) => row(i))].join('\n');
  expect(csv.length).toBeGreaterThan(4_000_000);
  const result = await app.graphql(
    'mutation ($la: UUID!, $setting: UUID!, $csv: String!) { importPartTimeReturn(localAuthorityId: $la, settingId: $setting, academicYear: 2026, halfTerm: 1, csv: $csv) { accepted imported invalid } }',
    { la: cam, setting: school!.id, csv },
    qa,
  );
  expect(result.status).toBe(200);
  expect(result.errors).toBeUndefined();
  // Every row names a child the authority does not have: read, checked, and refused as a whole.
  expect(result.data?.importPartTimeReturn).toEqual({ accepted: false, imported: 0, invalid: 18_000 });
}, 120_000);
