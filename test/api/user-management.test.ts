import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_USER = `mutation ($email: String!, $roles: [Role!]!, $las: [UUID!]!) {
  createUser(email: $email, displayName: "Someone", roles: $roles, localAuthoritiesIds: $las, password: "a-long-enough-password") { id version }
}`;
const UPDATE_USER = `mutation ($id: UUID!, $version: Int!, $password: String, $roles: [Role!], $las: [UUID!], $active: Boolean) {
  updateUser(id: $id, version: $version, password: $password, roles: $roles, localAuthoritiesIds: $las, active: $active) { id version roles }
}`;
const DELETE_USER = 'mutation ($id: UUID!) { deleteUser(id: $id) { id } }';
const HISTORY = 'query ($filter: ChangeRecordFilter) { allChangeRecords(filter: $filter, perPage: 100) { entityId action } }';

let app: TestApp;
let admin: string;
let cam: string;
let pet: string;
/** An admin of Peterborough only, as in the report: the one trying to take over an account. */
let peterboroughAdmin: string;

const user = async (email: string) =>
  (await app.sql<{ id: string; version: number; password_hash: string; roles: string[] }>('select id, version, password_hash, roles from app_user where email = $1', [email]))[0]!;

beforeAll(async () => {
  app = await startApp();
  admin = await app.login('admin@example.org');
  cam = await localAuthorityId(app, '873');
  pet = await localAuthorityId(app, '874');
  const created = await app.graphql(CREATE_USER, { email: 'admin.peterborough@example.org', roles: ['ADMIN'], las: [pet] }, admin);
  expect(created.errors).toBeUndefined();
  const signedIn = await app.graphql(LOGIN, { email: 'admin.peterborough@example.org', password: 'a-long-enough-password' });
  peterboroughAdmin = signedIn.data!.login.token;
});
afterAll(async () => {
  await app?.close();
});

describe('the takeover in the report, replayed', () => {
  it("refuses a Peterborough admin who changes the password and roles of a user who also works for Cambridgeshire, and changes nothing", async () => {
    const target = await user('viewer@example.org');
    const result = await app.graphql(UPDATE_USER, { id: target.id, version: target.version, password: 'taken-over-password', roles: ['ADMIN'] }, peterboroughAdmin);
    // The admin may see a colleague who shares an authority, not change them.
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/also works for local authorities you do not/);
    expect(await user('viewer@example.org')).toEqual(target);
    const signIn = await app.graphql(LOGIN, { email: 'viewer@example.org', password: 'taken-over-password' });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The account still signs in as before, and still with its own role only.
    expect((await app.graphql(LOGIN, { email: 'viewer@example.org', password: DEMO_PASSWORD })).data?.login.token).toEqual(expect.any(String));
  });

  it('refuses deleting such a user too', async () => {
    const target = await user('auditor@example.org');
    expect((await app.graphql(DELETE_USER, { id: target.id }, peterboroughAdmin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(app, 'select count(*) as n from app_user where id = $1', [target.id])).toBe(1);
  });
});

describe('users within one’s own authorities', () => {
  it('lists the users who share one of its authorities, and manages only those whose every authority is its own', async () => {
    const listed = await app.graphql<{ allUsers: { email: string }[] }>('{ allUsers(perPage: 100) { email } }', {}, peterboroughAdmin);
    const sharing = await app.sql<{ email: string }>(
      'select distinct u.email from app_user u join app_user_local_authority ula on ula.user_id = u.id where ula.local_authority_id = $1 order by u.email',
      [pet],
    );
    expect(listed.data!.allUsers.map((u) => u.email).sort()).toEqual(sharing.map((u) => u.email));
    const managed = await app.sql<{ email: string }>(
      `select u.email from app_user u where not exists (
         select 1 from app_user_local_authority ula where ula.user_id = u.id and ula.local_authority_id <> $1) order by u.email`,
      [pet],
    );
    expect(managed.map((u) => u.email)).toEqual(['admin.peterborough@example.org', 'qa.peterborough@example.org']);
    for (const { email } of sharing) {
      const target = await user(email);
      const result = await app.graphql(UPDATE_USER, { id: target.id, version: target.version, roles: target.roles }, peterboroughAdmin);
      const changed = managed.some((m) => m.email === email);
      expect(result.errors?.[0]?.extensions?.code, email).toBe(changed ? undefined : 'FORBIDDEN');
    }
  });

  it('manages a user of its own authority', async () => {
    const target = await user('qa.peterborough@example.org');
    const result = await app.graphql(UPDATE_USER, { id: target.id, version: target.version, roles: ['QA_OFFICER', 'VIEWER'] }, peterboroughAdmin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateUser.roles).toEqual(['QA_OFFICER', 'VIEWER']);
  });

  it('grants only its own authorities', async () => {
    const made = await app.graphql(CREATE_USER, { email: 'both@example.org', roles: ['VIEWER'], las: [pet, cam] }, peterboroughAdmin);
    expect(made.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'localAuthoritiesIds', rule: 'withinYourLocalAuthorities' })]);
    const target = await user('qa.peterborough@example.org');
    const moved = await app.graphql(UPDATE_USER, { id: target.id, version: target.version, las: [pet, cam] }, peterboroughAdmin);
    expect(moved.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'localAuthoritiesIds', rule: 'withinYourLocalAuthorities' })]);
    expect(await count(app, "select count(*) as n from app_user where email = 'both@example.org'")).toBe(0);
  });

  it('grants only roles it may grant: no admin makes a DCO, or changes one', async () => {
    const made = await app.graphql(CREATE_USER, { email: 'new.dco@example.org', roles: ['DCO'], las: [pet] }, admin);
    expect(made.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'roles', rule: 'withinRolesYouMayGrant' })]);
    const dco = await user('dco@example.org');
    const reset = await app.graphql(UPDATE_USER, { id: dco.id, version: dco.version, password: 'taken-over-password' }, admin);
    expect(reset.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await user('dco@example.org')).toEqual(dco);
    const target = await user('qa.peterborough@example.org');
    const promoted = await app.graphql(UPDATE_USER, { id: target.id, version: target.version, roles: ['DCO'] }, admin);
    expect(promoted.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'roles', rule: 'withinRolesYouMayGrant' })]);
  });

  it('lets an admin make a board member, who then reads figures and no record about a child', async () => {
    // Both authorities: not a user the Peterborough admin manages, whose history the next test reads.
    const made = await app.graphql(CREATE_USER, { email: 'new.board@example.org', roles: ['BOARD_MEMBER'], las: [pet, cam] }, admin);
    expect(made.errors).toBeUndefined();
    const signedIn = await app.graphql(LOGIN, { email: 'new.board@example.org', password: 'a-long-enough-password' });
    const board = signedIn.data!.login.token as string;
    expect((await app.graphql('{ kpiScorecard { code } }', {}, board)).errors).toBeUndefined();
    expect((await app.graphql('{ allPlans { id } }', {}, board)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('does not let an admin deactivate or remove themselves', async () => {
    const self = await user('admin.peterborough@example.org');
    const off = await app.graphql(UPDATE_USER, { id: self.id, version: self.version, active: false }, peterboroughAdmin);
    expect(off.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'active', rule: 'notYourself' })]);
    const gone = await app.graphql(DELETE_USER, { id: self.id }, peterboroughAdmin);
    expect(gone.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'id', rule: 'notYourself' })]);
  });

  it("shows an admin the history of the users they manage only", async () => {
    const viewer = await user('viewer@example.org');
    const renamed = await app.graphql(
      'mutation ($id: UUID!, $version: Int!) { updateUser(id: $id, version: $version, displayName: "Renamed") { id } }',
      { id: viewer.id, version: viewer.version },
      admin,
    );
    expect(renamed.errors).toBeUndefined();
    const filter = { entityName: 'User' };
    const seenByBoth = (await app.graphql(HISTORY, { filter }, admin)).data!.allChangeRecords as { entityId: string }[];
    const seenByPeterborough = (await app.graphql(HISTORY, { filter }, peterboroughAdmin)).data!.allChangeRecords as { entityId: string }[];
    expect(seenByBoth.map((r) => r.entityId)).toContain(viewer.id);
    expect(seenByPeterborough.map((r) => r.entityId)).not.toContain(viewer.id);
    const managed = new Set([(await user('qa.peterborough@example.org')).id, (await user('admin.peterborough@example.org')).id]);
    expect(seenByPeterborough.length).toBeGreaterThan(0);
    for (const record of seenByPeterborough) expect(managed.has(record.entityId)).toBe(true);
  });
});

describe('local authorities are the operator’s', () => {
  it('offers no mutation that adds or removes one', async () => {
    const result = await app.graphql('{ __schema { mutationType { fields { name } } } }', {}, admin);
    const names = result.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name) as string[];
    expect(names.filter((name) => /LocalAuthorit/.test(name))).toEqual(['updateLocalAuthority']);
  });

  const CLI = path.join(repositoryRoot(), 'api', 'dist', 'src', 'cli', 'local-authority.js');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'info' }, encoding: 'utf8' });

  it.skipIf(!existsSync(CLI) && process.env.CI !== 'true')('adds one with its rubrics and removes it again on the command line; refuses to remove one in use', async () => {
    const added = run('add', '999:Testshire');
    expect(added.status, added.stderr + added.stdout).toBe(0);
    const [row] = await app.sql<{ id: string }>("select id from local_authority where code = '999'");
    // One published rubric for each purpose the product ships one for.
    const purposes = await app.sql<{ purpose: string }>('select purpose from rubric where local_authority_id = $1 order by purpose', [row!.id]);
    expect(purposes.map((r) => r.purpose)).toEqual(['AGENCY_ADVICE', 'EHCP_AUDIT', 'HEALTH_ADVICE', 'HEALTH_DEEP_DIVE']);

    const removed = run('remove', '999');
    expect(removed.status, removed.stderr + removed.stdout).toBe(0);
    expect(await count(app, "select count(*) as n from local_authority where code = '999'")).toBe(0);
    expect(await count(app, "select count(*) as n from change_record where entity_name = 'LocalAuthority' and entity_id = $1 and action = 'DELETE'", [row!.id])).toBe(1);

    const refused = run('remove', '873');
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/still work for 873|still has records/);
    expect(await count(app, "select count(*) as n from local_authority where code = '873'")).toBe(1);
  });
});
