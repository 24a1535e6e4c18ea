import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { ALL_PLANS } from '../helpers/queries.js';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startApp();
  token = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
});

async function statementsFor(perPage: number): Promise<number> {
  const result = await app.graphql(ALL_PLANS, { perPage, sortField: 'caseReference' }, token);
  expect(result.errors).toBeUndefined();
  expect(result.data?.allPlans).toHaveLength(perPage);
  return Number(result.headers.get('x-sql-statements'));
}

it('lists plans with their child, setting, team and authority in the same number of statements for 5 rows as for 100', async () => {
  const few = await statementsFor(5);
  const many = await statementsFor(100);
  expect(few).toBeGreaterThan(0);
  expect(many).toBe(few);
});
