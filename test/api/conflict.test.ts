import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { planIn } from '../helpers/fixture-rows.js';
import { UPDATE_PLAN } from '../helpers/queries.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

it('refuses a stale update with CONFLICT and keeps the first change', async () => {
  const [qa, admin] = [await app.login('qa@example.org'), await app.login('admin@example.org')];
  const plan = await planIn(app, '873');
  const first = await app.graphql(UPDATE_PLAN, { id: plan.id, version: plan.version, lastAnnualReviewDate: '2026-07-01' }, qa);
  expect(first.errors).toBeUndefined();
  expect(first.data?.updatePlan.version).toBe(plan.version + 1);
  const second = await app.graphql(UPDATE_PLAN, { id: plan.id, version: plan.version, lastAnnualReviewDate: '2026-07-15' }, admin);
  expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: plan.version + 1 });
  const rows = await app.sql<{ d: string }>("select to_char(last_annual_review_date, 'YYYY-MM-DD') as d from plan where id = $1", [plan.id]);
  expect(rows[0]?.d).toBe('2026-07-01');
});

it('detects concurrent updates sent at the same moment: exactly one wins', async () => {
  const qa = await app.login('qa@example.org');
  const plan = await planIn(app, '874');
  const dates = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04'];
  const results = await Promise.all(
    dates.map((lastAnnualReviewDate) => app.graphql(UPDATE_PLAN, { id: plan.id, version: plan.version, lastAnnualReviewDate }, qa)),
  );
  const winners = results.filter((r) => !r.errors);
  expect(winners).toHaveLength(1);
  expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(dates.length - 1);
  const rows = await app.sql<{ d: string; version: number }>("select to_char(last_annual_review_date, 'YYYY-MM-DD') as d, version from plan where id = $1", [plan.id]);
  expect(rows[0]).toEqual({ d: winners[0]!.data?.updatePlan.lastAnnualReviewDate, version: plan.version + 1 });
});
