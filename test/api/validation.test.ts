import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { childIn, count, localAuthorityId, planIn } from '../helpers/fixture-rows.js';
import { ALL_PLANS, CREATE_CHILD, CREATE_PLAN, UPDATE_PLAN } from '../helpers/queries.js';

let app: TestApp;
let qa: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
});

it('names every broken rule of a plan and saves nothing', async () => {
  const child = await childIn(app, '873');
  const before = await count(app, 'select count(*) as n from plan');
  const result = await app.graphql(CREATE_PLAN, { childId: child.id, status: 'FINAL', requestDate: '2026-05-01', issueDate: '2026-04-01' }, qa);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.fields).toEqual([
    expect.objectContaining({ field: 'issueDate', rule: 'notBeforeRequestDate' }),
  ]);
  expect(result.errors?.[0]?.message).toContain('issueDate');
  expect(await count(app, 'select count(*) as n from plan')).toBe(before);
});

it('requires an issue date once a plan is final', async () => {
  const child = await childIn(app, '873');
  const result = await app.graphql(CREATE_PLAN, { childId: child.id, status: 'FINAL', requestDate: '2026-05-01' }, qa);
  expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'issueDate', rule: 'requiredOnceIssued' })]);
});

it('refuses a request dated before the child was born', async () => {
  const child = await childIn(app, '873');
  const result = await app.graphql(CREATE_PLAN, { childId: child.id, status: 'DRAFT', requestDate: '2000-01-01' }, qa);
  expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'requestDate', rule: 'notBeforeDateOfBirth' })]);
});

it('refuses a bad update and leaves the record as it was', async () => {
  const plan = await planIn(app, '873');
  const result = await app.graphql(UPDATE_PLAN, { id: plan.id, version: plan.version, issueDate: '1990-01-01' }, qa);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(await count(app, 'select count(*) as n from plan where id = $1 and version = $2', [plan.id, plan.version])).toBe(1);
  expect(await count(app, "select count(*) as n from change_record where entity_id = $1", [plan.id])).toBe(0);
});

it('checks argument formats with class-validator and names field and rule', async () => {
  const la = await localAuthorityId(app, '873');
  const result = await app.graphql(CREATE_CHILD, { localAuthorityId: la, caseReference: 'Jane Smith', dateOfBirth: '2015-01-01', sex: 'FEMALE', primaryNeed: 'ASD' }, qa);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'caseReference', rule: 'matches' }] });
});

it('refuses a case reference already used in the authority', async () => {
  const la = await localAuthorityId(app, '873');
  const [existing] = await app.sql<{ case_reference: string }>('select case_reference from child where local_authority_id = $1 limit 1', [la]);
  const result = await app.graphql(CREATE_CHILD, { localAuthorityId: la, caseReference: existing!.case_reference, dateOfBirth: '2015-01-01', sex: 'FEMALE', primaryNeed: 'ASD' }, qa);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'caseReference', rule: 'unique' }] });
});

it('refuses a malformed date as a GraphQL input error', async () => {
  const child = await childIn(app, '873');
  const result = await app.graphql(CREATE_PLAN, { childId: child.id, status: 'DRAFT', requestDate: '01/05/2026' }, qa);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

it('refuses list arguments out of range, naming them', async () => {
  const perPage = await app.graphql(ALL_PLANS, { perPage: 0 }, qa);
  expect(perPage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'perPage', rule: 'min' }] });
  const sort = await app.graphql(ALL_PLANS, { sortField: 'password' }, qa);
  expect(sort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sortField', rule: 'oneOf' }] });
});

it('rolls back a whole mutation when a later step fails: two mutations, one bad, only the good one lands', async () => {
  const la = await localAuthorityId(app, '874');
  const result = await app.graphql(
    `mutation ($la: UUID!) {
      good: createChild(localAuthorityId: $la, caseReference: "TX-GOOD", dateOfBirth: "2014-02-02", sex: MALE, primaryNeed: SLCN) { id }
      bad: createChild(localAuthorityId: $la, caseReference: "TX-BAD", dateOfBirth: "2099-01-01", sex: MALE, primaryNeed: SLCN) { id }
    }`,
    { la },
    qa,
  );
  expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'dateOfBirth', rule: 'notInFuture' })]);
  expect(await count(app, "select count(*) as n from child where case_reference = 'TX-GOOD'")).toBe(1);
  expect(await count(app, "select count(*) as n from child where case_reference = 'TX-BAD'")).toBe(0);
});

it('never sends a stack trace to the client', async () => {
  const result = await app.graphql('mutation { login(email: "admin@example.org", password: "wrong") { token } }');
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
});
