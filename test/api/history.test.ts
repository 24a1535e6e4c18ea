import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@send-qa/api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { childIn } from '../helpers/fixture-rows.js';
import { CREATE_PLAN, DELETE_PLAN, UPDATE_PLAN } from '../helpers/queries.js';

const HISTORY = `query ($filter: ChangeRecordFilter) {
  allChangeRecords(filter: $filter, sortField: "at", sortOrder: ASC) { action entityName entityId actorId actorEmail requestId changes }
  _allChangeRecordsMeta(filter: $filter) { count }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

it('records who created, changed and deleted a plan, and each field before and after', async () => {
  const qa = await app.login('qa@example.org');
  const admin = await app.login('admin@example.org');
  const child = await childIn(app, '873');
  const created = await app.graphql(CREATE_PLAN, { childId: child.id, status: 'DRAFT', requestDate: '2026-03-02' }, qa);
  const plan = created.data?.createPlan;
  await app.graphql(UPDATE_PLAN, { id: plan.id, version: plan.version, status: 'FINAL', issueDate: '2026-07-10' }, qa);
  await app.graphql(DELETE_PLAN, { id: plan.id }, admin);

  const history = await app.graphql(HISTORY, { filter: { entityName: 'Plan', entityId: plan.id } }, admin);
  expect(history.errors).toBeUndefined();
  const [create, update, remove] = history.data?.allChangeRecords;
  expect(history.data?._allChangeRecordsMeta.count).toBe(3);

  expect(create).toMatchObject({ action: 'CREATE', entityName: 'Plan', entityId: plan.id, actorEmail: 'qa@example.org' });
  expect(create.changes.status).toEqual({ before: null, after: 'DRAFT' });
  expect(create.changes.child).toEqual({ before: null, after: child.id });
  expect(create.requestId).toEqual(expect.any(String));

  expect(update).toMatchObject({ action: 'UPDATE', actorEmail: 'qa@example.org' });
  expect(update.changes).toEqual({
    status: { before: 'DRAFT', after: 'FINAL' },
    issueDate: { before: null, after: '2026-07-10' },
  });

  expect(remove).toMatchObject({ action: 'DELETE', actorEmail: 'admin@example.org' });
  expect(remove.changes.requestDate).toEqual({ before: '2026-03-02', after: null });
  expect(remove.changes.status).toEqual({ before: 'FINAL', after: null });
});

it('records changes to users without their password hash', async () => {
  const admin = await app.login('admin@example.org');
  const [user] = await app.sql<{ id: string; version: number }>("select id, version from app_user where email = 'viewer@example.org'");
  const result = await app.graphql(
    'mutation ($id: UUID!, $version: Int!) { updateUser(id: $id, version: $version, displayName: "Renamed viewer", password: "a-new-long-password") { version } }',
    { id: user!.id, version: user!.version },
    admin,
  );
  expect(result.errors).toBeUndefined();
  const history = await app.graphql(HISTORY, { filter: { entityName: 'User', entityId: user!.id, action: 'UPDATE' } }, admin);
  const [change] = history.data?.allChangeRecords;
  expect(change.changes.displayName.after).toBe('Renamed viewer');
  expect(change.changes.passwordHash).toEqual({ before: '[redacted]', after: '[redacted]' });
  expect(JSON.stringify(change)).not.toContain('argon2');
});

it('offers no way to change or delete history', async () => {
  const admin = await app.login('admin@example.org');
  const result = await app.graphql('{ __schema { mutationType { fields { name } } } }', {}, admin);
  const names: string[] = result.data?.__schema.mutationType.fields.map((f: { name: string }) => f.name);
  expect(names.filter((name) => /ChangeRecord/.test(name))).toEqual([]);
});

it("records a change to a user's local authorities as the ids before and after", async () => {
  const admin = await app.login('admin@example.org');
  const [user] = await app.sql<{ id: string; version: number }>("select id, version from app_user where email = 'auditor@example.org'");
  const [peterborough] = await app.sql<{ id: string }>("select id from local_authority where code = '874'");
  const before = (await app.sql<{ id: string }>('select local_authority_id as id from app_user_local_authority where user_id = $1', [user!.id]))
    .map((r) => r.id)
    .sort();
  const result = await app.graphql(
    'mutation ($id: UUID!, $version: Int!, $las: [UUID!]) { updateUser(id: $id, version: $version, localAuthoritiesIds: $las, roles: [AUDITOR, VIEWER]) { localAuthorities { code } } }',
    { id: user!.id, version: user!.version, las: [peterborough!.id] },
    admin,
  );
  expect(result.data?.updateUser.localAuthorities).toEqual([{ code: '874' }]);
  const history = await app.graphql(HISTORY, { filter: { entityName: 'User', entityId: user!.id, action: 'UPDATE' } }, admin);
  const { changes } = history.data?.allChangeRecords.at(-1);
  expect(changes.localAuthorities).toEqual({ before, after: [peterborough!.id] });
  expect(changes.roles).toEqual({ before: ['AUDITOR'], after: ['AUDITOR', 'VIEWER'] });
});

it('can be filtered by every kind of record it tracks, each named in words, and by no other', async () => {
  const admin = await app.login('admin@example.org');
  const { resources } = JSON.parse(readFileSync(path.join(repositoryRoot(), 'schema', 'access.json'), 'utf8')) as { resources: Record<string, unknown> };
  const type = await app.graphql('{ __type(name: "RecordType") { enumValues { name description } } }', {}, admin);
  const values = type.data?.__type.enumValues as { name: string; description: string }[];
  expect(values.map((v) => v.name).sort()).toEqual(Object.keys(resources).filter((name) => name !== 'ChangeRecord').sort());
  expect(values.find((v) => v.name === 'FollowUpAction')?.description).toBe('Follow-up action');
  expect(values.find((v) => v.name === 'KpiValue')?.description).toBe('KPI value');
  expect(values.every((v) => /^[A-Z][a-zA-Z -]+$/.test(v.description) && !/[a-z][A-Z]/.test(v.description))).toBe(true);

  const stored = await app.sql<{ n: number }>("select count(*)::int as n from change_record where entity_name = 'Plan'");
  const plans = await app.graphql(HISTORY, { filter: { entityName: 'Plan' } }, admin);
  expect(plans.data?._allChangeRecordsMeta.count).toBe(stored[0]!.n);
  expect(stored[0]!.n).toBeGreaterThan(0);
  const unknown = await app.graphql(HISTORY, { filter: { entityName: 'Session' } }, admin);
  expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
