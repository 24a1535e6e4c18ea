import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/** Exports that cannot run in a spreadsheet, and sessions that do not pile up. */

let app: TestApp;
let qa: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
});

it("writes a report's CSV with CRLF line ends, and free text that starts like a formula cannot run as one", async () => {
  const la = await localAuthorityId(app, '874');
  const report = (
    await app.graphql('mutation ($la: UUID!) { createHighlightReport(localAuthorityId: $la, audience: PARTNERSHIP_GROUP, date: "2026-06-15") { id } }', { la }, qa)
  ).data!.createHighlightReport as { id: string };
  const content = await app.graphql('query ($id: UUID!) { highlightReportContent(id: $id) { kpis { code current { kpiValueId } } } }', report, qa);
  const row = (content.data!.highlightReportContent.kpis as { code: string; current: { kpiValueId: string | null } }[]).find((kpi) => kpi.current.kpiValueId)!;
  const [value] = await app.sql<{ id: string; version: number }>('select id, version from kpi_value where id = $1', [row.current.kpiValueId]);
  const noted = await app.graphql(
    'mutation ($id: UUID!, $version: Int!, $c: String, $a: String) { updateKpiValue(id: $id, version: $version, exceptionCommentary: $c, exceptionActions: $a) { id } }',
    { ...value!, c: '=HYPERLINK("http://example.org","click")', a: '@SUM(A1:A2), then "review", then\nreport' },
    qa,
  );
  expect(noted.errors).toBeUndefined();

  const file = await app.graphql('query ($id: UUID!) { highlightReportFile(id: $id, format: CSV) { contentType base64 } }', report, qa);
  const text = Buffer.from(file.data!.highlightReportFile.base64 as string, 'base64').toString('utf8');
  // Every record ends CRLF; the line break inside the actions stays inside its quoted cell.
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/"[^"]*"/g, '').split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const kpi = rows.find((r) => r.code === row.code)!;
  expect(kpi['exception commentary']).toBe(`'=HYPERLINK("http://example.org","click")`);
  expect(kpi['exception actions']).toBe(`'@SUM(A1:A2), then "review", then\nreport`);
  // No cell of the file starts as a formula would.
  for (const record of rows) for (const cell of Object.values(record)) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
});

it('clears expired sessions when anyone signs in, and keeps the live ones', async () => {
  const [viewer] = await app.sql<{ id: string }>("select id from app_user where email = 'viewer@example.org'");
  const live = await app.login('viewer@example.org');
  await app.sql(
    `insert into session (id, token_hash, user_id, created_at, expires_at)
       select gen_random_uuid(), md5(random()::text) || n, $1, now() - interval '2 days', now() - interval '1 day' from generate_series(1, 5) n`,
    [viewer!.id],
  );
  const expired = "select count(*) as n from session where expires_at <= now()";
  expect(Number((await app.sql<{ n: string }>(expired))[0]!.n)).toBeGreaterThanOrEqual(5);
  await app.login('auditor@example.org');
  expect(Number((await app.sql<{ n: string }>(expired))[0]!.n)).toBe(0);
  expect((await app.graphql('{ me { email } }', {}, live)).data?.me).toEqual({ email: 'viewer@example.org' });
});
