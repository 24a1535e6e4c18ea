import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

const DEMO_USERS = [
  ['admin@example.org', ['ADMIN']],
  ['qa@example.org', ['QA_OFFICER']],
  ['auditor@example.org', ['AUDITOR']],
  ['dco@example.org', ['DCO']],
  ['commissioner@example.org', ['COMMISSIONER']],
  ['viewer@example.org', ['VIEWER']],
  ['qa.peterborough@example.org', ['QA_OFFICER']],
] as const;

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email roles } } }';
const ME = '{ me { email roles localAuthorities { code } } }';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('sign-in', () => {
  it.each(DEMO_USERS)('%s signs in with the demo password and has its role', async (email, roles) => {
    const result = await app.graphql(LOGIN, { email, password: DEMO_PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user).toEqual({ email, roles });
    const me = await app.graphql(ME, {}, result.data?.login.token);
    expect(me.data?.me.email).toBe(email);
  });

  it('scopes the Peterborough QA officer to one local authority and the others to both', async () => {
    const both = await app.graphql(ME, {}, await app.login('qa@example.org'));
    const one = await app.graphql(ME, {}, await app.login('qa.peterborough@example.org'));
    expect(both.data?.me.localAuthorities.map((la: { code: string }) => la.code).sort()).toEqual(['873', '874']);
    expect(one.data?.me.localAuthorities).toEqual([{ code: '874' }]);
  });

  it('refuses a wrong password with UNAUTHENTICATED and issues no token', async () => {
    const result = await app.graphql(LOGIN, { email: 'admin@example.org', password: 'not-the-password' });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown email exactly as it refuses a wrong password', async () => {
    const unknown = await app.graphql(LOGIN, { email: 'nobody@example.org', password: DEMO_PASSWORD });
    const wrong = await app.graphql(LOGIN, { email: 'admin@example.org', password: 'not-the-password' });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('stores only a hash of the password, in argon2id form', async () => {
    const rows = await app.sql<{ password_hash: string }>("select password_hash from app_user where email = 'admin@example.org'");
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]?.password_hash).not.toContain(DEMO_PASSWORD);
  });
});

describe('anonymous and signed-out requests', () => {
  it('refuses an anonymous query with UNAUTHENTICATED and HTTP 401', async () => {
    const result = await app.graphql('{ allPlans { id } }');
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('refuses an anonymous mutation before it runs', async () => {
    const before = await app.sql<{ n: string }>('select count(*) as n from plan');
    const result = await app.graphql('mutation { deletePlan(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await app.sql('select count(*) as n from plan')).toEqual(before);
  });

  it('refuses a made-up token', async () => {
    const result = await app.graphql(ME, {}, 'made-up-token');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout: the token stops working', async () => {
    const token = await app.login('viewer@example.org');
    expect((await app.graphql(ME, {}, token)).data?.me.email).toBe('viewer@example.org');
    expect((await app.graphql('mutation { logout }', {}, token)).data?.logout).toBe(true);
    expect((await app.graphql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a session past its expiry', async () => {
    const token = await app.login('viewer@example.org');
    await app.sql("update session set expires_at = now() - interval '1 minute'");
    expect((await app.graphql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('password guessing', () => {
  it('refuses an email after ten failed sign-ins, even with the right password', async () => {
    const email = 'commissioner@example.org';
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const wrong = await app.graphql(LOGIN, { email, password: `guess-${attempt}` });
      expect(wrong.errors?.[0]?.message).toBe('The email or password is not right');
    }
    const right = await app.graphql(LOGIN, { email, password: DEMO_PASSWORD });
    expect(right.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    expect(right.errors?.[0]?.message).toMatch(/Too many failed sign-ins for this email/);
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Other people are not locked out by someone guessing at one account.
    expect((await app.graphql(LOGIN, { email: 'dco@example.org', password: DEMO_PASSWORD })).data?.login.token).toEqual(expect.any(String));
  });
});
