import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { SECTION_CODES, assignedCycle, finalise, scoreAndSubmit } from '../helpers/audits.js';

let app: TestApp;
let qa: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  const auditor = await app.login('auditor@example.org');
  const audits = await assignedCycle(app, qa, '873', { term: 'SPRING', academicYear: 2025, opensOn: '2026-01-05', size: 3, seed: 41, reaudit: false });
  await finalise(app, qa, await scoreAndSubmit(app, auditor, audits[0]!, 3));
  await finalise(app, qa, await scoreAndSubmit(app, auditor, audits[1]!, 2));
  // The third is returned, then resubmitted overriding the suggested Good with Outstanding, and made final.
  let third = await scoreAndSubmit(app, auditor, audits[2]!, 3);
  third = (await app.graphql('mutation ($id: UUID!, $version: Int!) { returnAudit(id: $id, version: $version, reason: "again") { id version } }', { ...third }, qa)).data?.returnAudit;
  const resubmitted = await app.graphql(
    'mutation ($id: UUID!, $version: Int!) { submitAudit(id: $id, version: $version, strengths: "", areasForDevelopment: "", overallGrade: 4, overrideReason: "Exceptional co-production") { id version } }',
    { ...third },
    auditor,
  );
  await finalise(app, qa, resubmitted.data?.submitAudit);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

it('counts the grades each section received in final audits, per cycle', async () => {
  const counts = (await app.graphql('{ sectionGradeCounts { cycleName code grade count } }', {}, qa)).data?.sectionGradeCounts;
  // Two audits graded every section Good, one Requires improvement.
  const expected = SECTION_CODES.flatMap((code) => [
    { cycleName: 'Test cycle', code, grade: 2, count: 1 },
    { cycleName: 'Test cycle', code, grade: 3, count: 2 },
  ]);
  const key = (r: { code: string; grade: number }) => `${r.code}/${r.grade}`;
  expect([...counts].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
});

it('counts overrides of the suggested grade among final audits', async () => {
  const [row] = (await app.graphql('{ overrideCounts { audited overridden percent } }', {}, qa)).data?.overrideCounts;
  expect(row).toEqual({ audited: 3, overridden: 1, percent: 100 / 3 });
});
