import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { childIn, count, localAuthorityId, planIn } from '../helpers/fixture-rows.js';
import { ALL_PLANS, CREATE_CHILD, CREATE_PLAN, DELETE_PLAN, UPDATE_PLAN } from '../helpers/queries.js';

const ROLES = {
  ADMIN: 'admin@example.org',
  QA_OFFICER: 'qa@example.org',
  AUDITOR: 'auditor@example.org',
  DCO: 'dco@example.org',
  COMMISSIONER: 'commissioner@example.org',
  VIEWER: 'viewer@example.org',
} as const;
const CASEWORK_EDITORS = new Set(['ADMIN', 'QA_OFFICER']);

let app: TestApp;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  app = await startApp();
  for (const [role, email] of Object.entries(ROLES)) tokens[role] = await app.login(email);
});
afterAll(async () => {
  await app?.close();
});

describe.each(Object.keys(ROLES))('%s', (role) => {
  const mayEdit = CASEWORK_EDITORS.has(role);

  it('reads plans', async () => {
    const result = await app.graphql(ALL_PLANS, { perPage: 5 }, tokens[role]);
    expect(result.errors).toBeUndefined();
    expect(result.data?.allPlans).toHaveLength(5);
  });

  it(mayEdit ? 'creates, updates and deletes a plan' : 'is refused creating, updating and deleting plans, and nothing changes', async () => {
    const child = await childIn(app, '873');
    const plan = await planIn(app, '873');
    const plansBefore = await count(app, 'select count(*) as n from plan');
    const created = await app.graphql(CREATE_PLAN, { childId: child.id, status: 'DRAFT', requestDate: '2026-08-01' }, tokens[role]);
    const updated = await app.graphql(UPDATE_PLAN, { id: plan.id, version: plan.version, lastAnnualReviewDate: '2026-08-20' }, tokens[role]);
    if (mayEdit) {
      expect(created.errors).toBeUndefined();
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updatePlan.lastAnnualReviewDate).toBe('2026-08-20');
      const deleted = await app.graphql(DELETE_PLAN, { id: created.data?.createPlan.id }, tokens[role]);
      expect(deleted.errors).toBeUndefined();
      expect(await count(app, 'select count(*) as n from plan')).toBe(plansBefore);
    } else {
      expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(updated.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const deleted = await app.graphql(DELETE_PLAN, { id: plan.id }, tokens[role]);
      expect(deleted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count(app, 'select count(*) as n from plan')).toBe(plansBefore);
      expect(await count(app, 'select count(*) as n from plan where id = $1 and version = $2', [plan.id, plan.version])).toBe(1);
    }
  });

  it(mayEdit ? 'adds a child' : 'is refused adding a child', async () => {
    const result = await app.graphql(
      CREATE_CHILD,
      { localAuthorityId: await localAuthorityId(app, '874'), caseReference: `ROLE-${role.replace("_", "-")}`, dateOfBirth: '2015-03-01', sex: 'FEMALE', primaryNeed: 'ASD' },
      tokens[role],
    );
    if (mayEdit) expect(result.data?.createChild.caseReference).toBe(`ROLE-${role.replace("_", "-")}`);
    else expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it(role === 'ADMIN' ? 'lists users and reads the change history' : 'is refused the user list and the change history', async () => {
    const users = await app.graphql('{ allUsers { email } _allUsersMeta { count } }', {}, tokens[role]);
    const history = await app.graphql('{ allChangeRecords { id } }', {}, tokens[role]);
    if (role === 'ADMIN') {
      expect(users.data?._allUsersMeta.count).toBe(await count(app, 'select count(*) as n from app_user'));
      expect(history.errors).toBeUndefined();
    } else {
      expect(users.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(history.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

it('lets only admins change a user, and never exposes password hashes', async () => {
  const introspection = await app.graphql('{ __type(name: "User") { fields { name } } }', {}, tokens.ADMIN);
  const fields = introspection.data?.__type.fields.map((f: { name: string }) => f.name);
  expect(fields).toContain('email');
  expect(fields.some((name: string) => /password/i.test(name))).toBe(false);
});
