import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const AUDITORS = 'query ($la: UUID!) { auditors(localAuthorityId: $la) { id displayName roles } }';
const CAN_AUDIT = ['AUDITOR', 'QA_OFFICER', 'DCO'];

it('lists the active users of the authority who may be given audits, for the QA officer to assign', async () => {
  const qa = await app.login('qa@example.org');
  const la = await localAuthorityId(app, '873');
  const users = await app.sql<{ id: string; roles: string[]; active: boolean; display_name: string }>(
    `select u.id, u.roles, u.active, u.display_name from app_user u
       join app_user_local_authority l on l.user_id = u.id where l.local_authority_id = $1`,
    [la],
  );
  const expected = users
    .filter((u) => u.active && u.roles.some((r) => CAN_AUDIT.includes(r)))
    .map((u) => u.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  const result = await app.graphql(AUDITORS, { la }, qa);
  expect(result.errors).toBeUndefined();
  const listed = (result.data?.auditors as { id: string }[]).map((u) => u.id).sort();
  expect(listed).toEqual(expected);
});

it('refuses an authority the caller does not hold (FORBIDDEN, as everywhere), and refuses auditors and viewers', async () => {
  const la = await localAuthorityId(app, '873');
  const notTheirs = await app.graphql(AUDITORS, { la }, await app.login('qa.peterborough@example.org'));
  expect(notTheirs.data ?? null).toBeNull();
  expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  for (const email of ['auditor@example.org', 'viewer@example.org']) {
    const result = await app.graphql(AUDITORS, { la }, await app.login(email));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});
