import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, finalise, scoreAndSubmit } from '../helpers/audits.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

it('puts plans whose last final audit was below good forward into the next cycle, on top of its sample', async () => {
  const qa = await app.login('qa@example.org');
  const auditor = await app.login('auditor@example.org');
  const first = await assignedCycle(app, qa, '874', { term: 'AUTUMN', academicYear: 2025, opensOn: '2025-09-08', size: 3, seed: 31 });
  const grades = [2, 1, 3];
  for (const [i, audit] of first.entries()) await finalise(app, qa, await scoreAndSubmit(app, auditor, audit, grades[i]!));
  const below = (await app.sql<{ plan_id: string }>('select plan_id from audit where id = any($1) and overall_grade < 3', [first.map((a) => a.id)])).map((r) => r.plan_id);
  expect(below).toHaveLength(2);

  const next = await assignedCycle(app, qa, '874', { term: 'SPRING', academicYear: 2025, opensOn: '2026-01-05', size: 5, seed: 32 });
  const sampled = (await app.sql<{ plan_id: string }>('select plan_id from audit where id = any($1)', [next.map((a) => a.id)])).map((r) => r.plan_id);
  expect(sampled).toHaveLength(5 + 2);
  expect(sampled).toEqual(expect.arrayContaining(below));
});
