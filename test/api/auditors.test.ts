import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, scoreAndSubmit } from '../helpers/audits.js';
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

it("gives an auditor their work still to do (toDo) soonest due first (dueOn: when the cycle closes), and the rest apart", async () => {
  const qa = await app.login('qa@example.org');
  const auditor = await app.login('auditor@example.org');
  // Two cycles due on different days, one audit of the later one submitted: it is no longer to do.
  await assignedCycle(app, qa, '873', { term: 'SUMMER', academicYear: 2026, opensOn: '2027-06-30', size: 2, seed: 81, reaudit: false });
  const [submitted] = await assignedCycle(app, qa, '874', { term: 'SPRING', academicYear: 2026, opensOn: '2027-02-01', size: 2, seed: 82, reaudit: false });
  await scoreAndSubmit(app, auditor, submitted!, 3);
  const rows = await app.sql<{ id: string; status: string; closes_on: string }>(
    `select a.id, a.status, to_char(c.closes_on, 'YYYY-MM-DD') as closes_on from audit a join audit_cycle c on c.id = a.cycle_id
       join app_user u on u.id = a.auditor_id where u.email = 'auditor@example.org'`,
  );
  const still = new Set(['ASSIGNED', 'IN_PROGRESS', 'RETURNED']);
  const LIST = 'query ($toDo: Boolean, $order: SortOrder) { allAudits(filter: { toDo: $toDo }, sortField: "dueOn", sortOrder: $order, perPage: 500) { id status cycle { closesOn } } }';
  for (const toDo of [true, false]) {
    const listed = (await app.graphql(LIST, { toDo, order: 'ASC' }, auditor)).data?.allAudits as { id: string; cycle: { closesOn: string } }[];
    const wanted = rows.filter((r) => still.has(r.status) === toDo);
    expect(listed.map((a) => a.id).sort()).toEqual(wanted.map((r) => r.id).sort());
    expect(listed.map((a) => a.cycle.closesOn)).toEqual(wanted.map((r) => r.closes_on).sort());
  }
  expect(rows.some((r) => r.id === submitted!.id && r.status === 'SUBMITTED')).toBe(true);
  const descending = (await app.graphql(LIST, { toDo: true, order: 'DESC' }, auditor)).data?.allAudits as { cycle: { closesOn: string } }[];
  expect(descending.map((a) => a.cycle.closesOn)).toEqual([...descending.map((a) => a.cycle.closesOn)].sort().reverse());
  expect(new Set(descending.map((a) => a.cycle.closesOn)).size).toBeGreaterThan(1);
});
