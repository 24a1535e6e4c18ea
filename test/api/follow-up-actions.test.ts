import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, scoreAndSubmit, type Versioned } from '../helpers/audits.js';
import { count } from '../helpers/fixture-rows.js';

const CREATE = `mutation ($auditId: UUID!, $description: String!, $dueDate: LocalDate!) {
  createFollowUpAction(auditId: $auditId, description: $description, owner: "SEND caseworker", dueDate: $dueDate) { id version status overdue team { id } }
}`;
const LIST = 'query ($filter: FollowUpActionFilter) { allFollowUpActions(filter: $filter) { id description overdue } _allFollowUpActionsMeta(filter: $filter) { count } }';

let app: TestApp;
let qa: string;
let auditor: string;
let audit: Versioned;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  auditor = await app.login('auditor@example.org');
  const [assigned] = await assignedCycle(app, qa, '873', { term: 'AUTUMN', academicYear: 2025, opensOn: '2025-09-08', size: 1, seed: 4 });
  audit = await scoreAndSubmit(app, auditor, assigned!, 2);
});
afterAll(async () => {
  await app?.close();
});

it("raises actions on an audit for the plan's casework team, and flags the open ones past their due date", async () => {
  const late = (await app.graphql(CREATE, { auditId: audit.id, description: 'Quantify speech therapy in section F', dueDate: '2025-10-01' }, qa)).data?.createFollowUpAction;
  const soon = (await app.graphql(CREATE, { auditId: audit.id, description: 'Add the young person’s own words to section A', dueDate: '2099-01-01' }, qa)).data?.createFollowUpAction;
  const [plan] = await app.sql<{ team_id: string | null }>('select p.team_id from audit a join plan p on p.id = a.plan_id where a.id = $1', [audit.id]);
  expect(late).toMatchObject({ status: 'OPEN', overdue: true, team: plan!.team_id ? { id: plan!.team_id } : null });
  expect(soon.overdue).toBe(false);

  const overdue = await app.graphql(LIST, { filter: { overdue: true } }, qa);
  expect(overdue.data?._allFollowUpActionsMeta.count).toBe(await count(app, "select count(*) as n from follow_up_action where status = 'OPEN' and due_date < current_date"));
  expect(overdue.data?.allFollowUpActions.map((a: { id: string }) => a.id)).toEqual([late.id]);

  const done = await app.graphql('mutation ($id: UUID!, $version: Int!) { updateFollowUpAction(id: $id, version: $version, status: DONE) { status overdue } }', late, qa);
  expect(done.data?.updateFollowUpAction).toEqual({ status: 'DONE', overdue: false });
  expect((await app.graphql(LIST, { filter: { overdue: true } }, qa)).data?._allFollowUpActionsMeta.count).toBe(0);
});

it('leaves follow-up actions to those who run the audit\'s kind of cycle: not auditors, not viewers, not the DCO for an EHCP audit, nobody from another authority', async () => {
  const action = (await app.graphql(CREATE, { auditId: audit.id, description: 'Name the setting in section I', dueDate: '2026-12-01' }, qa)).data!.createFollowUpAction;
  const before = await count(app, 'select count(*) as n from follow_up_action');
  const UPDATE = 'mutation ($id: UUID!, $version: Int!) { updateFollowUpAction(id: $id, version: $version, status: CANCELLED) { id } }';
  const DELETE = 'mutation ($id: UUID!) { deleteFollowUpAction(id: $id) { id } }';
  for (const email of ['auditor@example.org', 'viewer@example.org', 'dco@example.org']) {
    const token = await app.login(email);
    const attempts = [
      await app.graphql(CREATE, { auditId: audit.id, description: 'x', dueDate: '2026-05-01' }, token),
      await app.graphql(UPDATE, action, token),
      await app.graphql(DELETE, action, token),
    ];
    for (const attempt of attempts) expect([email, attempt.errors?.[0]?.extensions?.code]).toEqual([email, 'FORBIDDEN']);
  }
  const elsewhere = await app.graphql(CREATE, { auditId: audit.id, description: 'x', dueDate: '2026-05-01' }, await app.login('qa.peterborough@example.org'));
  expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(await count(app, 'select count(*) as n from follow_up_action')).toBe(before);
  expect(await count(app, "select count(*) as n from follow_up_action where id = $1 and status = 'OPEN' and version = $2", [action.id, action.version])).toBe(1);
});
