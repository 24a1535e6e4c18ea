import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, scoreAndSubmit } from '../helpers/audits.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * My work: for each fixture user, every item the API lists is exactly what raw SQL over the records
 * finds waiting on them (per kind, in the caller's authorities, as their roles may open), in due order,
 * and the counts agree; managers see their colleagues' work only in their own authorities; an owner
 * must be a user of the record's authority who may act on it.
 */

const EMAILS = ['admin@example.org', 'qa@example.org', 'auditor@example.org', 'dco@example.org', 'commissioner@example.org', 'viewer@example.org', 'qa.peterborough@example.org'];

const MY_WORK = `query ($page: Int, $perPage: Int) {
  myWork(page: $page, perPage: $perPage) { total items { kind label title dueOn status resource recordId localAuthorityId } }
}`;
const TEAM_WORK = `query ($userId: UUID, $page: Int, $perPage: Int) {
  teamWork(userId: $userId, page: $page, perPage: $perPage) { total items { kind dueOn status recordId localAuthorityId assignee { id } } }
}`;
const CREATE_ACTION = `mutation ($auditId: UUID!, $ownerUserId: UUID, $owner: String, $dueDate: LocalDate!) {
  createFollowUpAction(auditId: $auditId, description: "Quantify the speech and language therapy in section F", ownerUserId: $ownerUserId, owner: $owner, dueDate: $dueDate) {
    id version owner ownerUser { id displayName }
  }
}`;

interface Item {
  kind: string;
  recordId: string;
  dueOn: string;
  status: string;
  localAuthorityId: string;
}

let app: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let la873: string;
let la874: string;
let today: string;
let soon: string;

/** Everything on one person's list, page by page (the list is bounded, so pages are small). */
async function allPages(query: string, variables: Record<string, unknown>, token: string, field: 'myWork' | 'teamWork'): Promise<{ total: number; items: (Item & { assignee?: { id: string } })[] }> {
  const items: (Item & { assignee?: { id: string } })[] = [];
  let total = 0;
  for (let page = 0; page < 10; page++) {
    const result = await app.graphql(query, { ...variables, page, perPage: 100 }, token);
    expect(result.errors).toBeUndefined();
    const answer = result.data![field] as { total: number; items: (Item & { assignee?: { id: string } })[] };
    total = answer.total;
    items.push(...answer.items);
    if (items.length >= total) break;
  }
  return { total, items };
}

const status = (dueOn: string) => (dueOn < today ? 'OVERDUE' : dueOn <= soon ? 'DUE_SOON' : 'UPCOMING');

/**
 * What is waiting on a user, straight from the tables: one statement per kind, each limited to the
 * user's authorities (and `within`, a reader's), and only for kinds the user's roles may open.
 */
async function expectedWork(userId: string, within?: string[]): Promise<Item[]> {
  const [user] = await app.sql<{ roles: string[]; las: string[] }>(
    'select u.roles, array_agg(ula.local_authority_id::text) as las from app_user u join app_user_local_authority ula on ula.user_id = u.id where u.id = $1 group by u.id',
    [userId],
  );
  const has = (...roles: string[]) => roles.some((role) => user!.roles.includes(role));
  const las = user!.las.filter((la) => !within || within.includes(la));
  const kinds: [string, string][] = [];
  if (has('ADMIN', 'QA_OFFICER', 'AUDITOR', 'DCO', 'VIEWER')) {
    kinds.push(["AUDIT_TO_SCORE", "select a.id, c.closes_on as due, a.local_authority_id as la from audit a join audit_cycle c on c.id = a.cycle_id where a.auditor_id = $1 and a.status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED')"]);
    kinds.push(["AUDIT_TO_MODERATE", "select a.id, c.closes_on, a.local_authority_id from audit a join audit_cycle c on c.id = a.cycle_id where a.moderator_id = $1 and a.status = 'SUBMITTED'"]);
  }
  kinds.push(['FOLLOW_UP_ACTION', "select id, due_date, local_authority_id from follow_up_action where owner_user_id = $1 and status = 'OPEN'"]);
  kinds.push(['VISIT_ACTION', "select id, due_date, local_authority_id from visit_action where owner_user_id = $1 and status = 'OPEN'"]);
  if (has('COMMISSIONER')) {
    kinds.push(['MONITORING_VISIT_DUE', `select id, next_visit_due, local_authority_id from placement where status = 'ACTIVE' and next_visit_due <= '${soon}' and $1::uuid is not null`]);
  }
  if (has('DCO')) {
    const health = "from advice_request r join team t on t.id = r.team_id and t.kind = 'HEALTH' where $1::uuid is not null";
    kinds.push(['HEALTH_ADVICE_LATE', `select r.id, r.due_on, r.local_authority_id ${health} and r.received_on is null and r.due_on < '${today}'`]);
    kinds.push(['HEALTH_ADVICE_TO_REVIEW', `select r.id, r.received_on + 14, r.local_authority_id ${health} and r.received_on is not null and not r.no_advice and r.review_grade is null`]);
  }
  kinds.push([
    'KPI_EXCEPTION_NOTE',
    `select v.id, v.period_end + 14, v.local_authority_id from kpi_value v join kpi k on k.id = v.kpi_id
      where k.owner_user_id = $1 and v.exception_commentary is null and v.value is not null
        and (case when k.direction = 'HIGHER_IS_BETTER' then k.target - v.value else v.value - k.target end) > k.amber_tolerance`,
  ]);
  kinds.push(['IMPROVEMENT_MILESTONE', "select m.id, m.deadline, m.local_authority_id from milestone m join improvement_action a on a.id = m.action_id where a.owner_user_id = $1 and m.brag <> 'BLUE'"]);
  kinds.push(['PART_TIME_REVIEW', "select id, next_review_date, local_authority_id from part_time_timetable where owner_user_id = $1 and status = 'ACTIVE'"]);
  const items: Item[] = [];
  for (const [kind, select] of kinds) {
    const rows = await app.sql<{ id: string; due: string; la: string }>(
      `select q.id::text as id, to_char(q.due, 'YYYY-MM-DD') as due, q.la::text as la from (${select}) as q (id, due, la) where q.la = any($2::uuid[])`,
      [userId, `{${las.join(',')}}`],
    );
    items.push(...rows.map((row) => ({ kind, recordId: row.id, dueOn: row.due, status: status(row.due), localAuthorityId: row.la })));
  }
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind) || a.recordId.localeCompare(b.recordId));
}

const shape = ({ kind, recordId, dueOn, status: s, localAuthorityId: la }: Item) => ({ kind, recordId, dueOn, status: s, localAuthorityId: la });

beforeAll(async () => {
  app = await startApp();
  for (const email of EMAILS) {
    tokens[email] = await app.login(email);
    ids[email] = (await app.sql<{ id: string }>('select id from app_user where email = $1', [email]))[0]!.id;
  }
  la873 = await localAuthorityId(app, '873');
  la874 = await localAuthorityId(app, '874');
  [{ today, soon }] = (await app.sql<{ today: string; soon: string }>(
    "select to_char((now() at time zone 'Europe/London')::date, 'YYYY-MM-DD') as today, to_char((now() at time zone 'Europe/London')::date + 14, 'YYYY-MM-DD') as soon",
  )) as [{ today: string; soon: string }];

  const qa = tokens['qa@example.org']!;
  // Audits to score (the auditor's) and one to moderate (the QA officer's), with follow-up actions on it.
  const audits = await assignedCycle(app, qa, '873', { term: 'AUTUMN', academicYear: 2026, opensOn: '2026-09-07', size: 3, seed: 11, reaudit: false });
  const submitted = await scoreAndSubmit(app, tokens['auditor@example.org']!, audits[0]!, 2);
  const moderation = await app.graphql('mutation ($id: UUID!, $version: Int!, $m: UUID!) { requestModeration(id: $id, version: $version, moderatorId: $m) { id } }', { ...submitted, m: ids['qa@example.org'] }, qa);
  expect(moderation.errors).toBeUndefined();
  for (const [owner, dueDate] of [
    [ids['qa@example.org'], '2026-01-15'],
    [ids['qa@example.org'], today],
    [ids['admin@example.org'], '2027-06-01'],
  ] as const) {
    expect((await app.graphql(CREATE_ACTION, { auditId: submitted.id, ownerUserId: owner, dueDate }, qa)).errors).toBeUndefined();
  }
  expect((await app.graphql(CREATE_ACTION, { auditId: submitted.id, owner: 'SEND casework team', dueDate: '2026-02-01' }, qa)).errors).toBeUndefined();

  // Visit actions for the commissioner, in both of their authorities.
  const commissioner = tokens['commissioner@example.org']!;
  for (const la of [la873, la874]) {
    const [visit] = await app.sql<{ id: string }>('select id from monitoring_visit where local_authority_id = $1 order by id limit 1', [la]);
    const created = await app.graphql(
      'mutation ($visitId: UUID!, $o: UUID!) { createVisitAction(visitId: $visitId, description: "Send the updated risk assessment", ownerUserId: $o, dueDate: "2026-11-20") { id } }',
      { visitId: visit!.id, o: ids['commissioner@example.org'] },
      commissioner,
    );
    expect(created.errors).toBeUndefined();
  }

  // A KPI the QA officer owns, red in one month (a note owed) and green in another.
  const kpi = await app.graphql(
    `mutation ($la: UUID!, $o: UUID!) { createKpi(localAuthorityId: $la, code: "MW-1", name: "Plans reviewed on time", definition: "Test", unit: PERCENT, direction: HIGHER_IS_BETTER,
      target: 90, amberTolerance: 5, frequency: MONTHLY, ownerUserId: $o, source: MANUAL) { id owner ownerUser { id } } }`,
    { la: la873, o: ids['qa@example.org'] },
    qa,
  );
  expect(kpi.data?.createKpi).toMatchObject({ owner: null, ownerUser: { id: ids['qa@example.org'] } });
  for (const [date, value] of [['2026-06-15', 50], ['2026-07-15', 95]] as const) {
    const created = await app.graphql('mutation ($k: UUID!, $d: LocalDate!, $v: Float!) { createKpiValue(kpiId: $k, date: $d, value: $v, evidence: "Case file count") { id } }', { k: kpi.data!.createKpi.id, d: date, v: value }, qa);
    expect(created.errors).toBeUndefined();
  }

  // An improvement action the QA officer leads, with a milestone still to reach.
  const [outcome] = await app.sql<{ id: string }>('select id from improvement_outcome where local_authority_id = $1 order by reference limit 1', [la873]);
  const action = await app.graphql(
    'mutation ($outcomeId: UUID!, $o: UUID!) { createImprovementAction(outcomeId: $outcomeId, reference: "9.9.9", description: "Train caseworkers", ownerUserId: $o, resource: EXISTING) { id } }',
    { outcomeId: outcome!.id, o: ids['qa@example.org'] },
    qa,
  );
  expect(action.errors).toBeUndefined();
  const milestone = await app.graphql('mutation ($a: UUID!) { createMilestone(actionId: $a, description: "All caseworkers trained", deadline: "2026-12-10", brag: "GREEN") { id } }', { a: action.data!.createImprovementAction.id }, qa);
  expect(milestone.errors).toBeUndefined();

  // A part-time timetable in Peterborough whose reviews its QA officer sees to.
  const [timetable] = await app.sql<{ id: string; version: number }>("select id, version from part_time_timetable where local_authority_id = $1 and status = 'ACTIVE' order by id limit 1", [la874]);
  const owned = await app.graphql('mutation ($id: UUID!, $version: Int!, $o: UUID) { updatePartTimeTimetable(id: $id, version: $version, ownerUserId: $o) { id ownerUser { id } } }', { ...timetable, o: ids['qa.peterborough@example.org'] }, tokens['qa.peterborough@example.org']);
  expect(owned.data?.updatePartTimeTimetable.ownerUser).toEqual({ id: ids['qa.peterborough@example.org'] });
});

afterAll(async () => {
  await app?.close();
});

describe('myWork', () => {
  it('lists, for every fixture user, exactly what the records hold waiting on them, soonest due first, and counts it right', async () => {
    let nonEmpty = 0;
    for (const email of EMAILS) {
      const expected = await expectedWork(ids[email]!);
      const { total, items } = await allPages(MY_WORK, {}, tokens[email]!, 'myWork');
      expect([email, items.map(shape)]).toEqual([email, expected]);
      expect([email, total]).toEqual([email, expected.length]);
      const counts = (await app.graphql('{ myWorkCounts { overdue dueSoon total } }', {}, tokens[email])).data?.myWorkCounts;
      expect([email, counts]).toEqual([
        email,
        { overdue: expected.filter((i) => i.status === 'OVERDUE').length, dueSoon: expected.filter((i) => i.status === 'DUE_SOON').length, total: expected.length },
      ]);
      if (expected.length > 0) nonEmpty++;
    }
    // The fixture gives most users something to do, so the comparison compares something.
    expect(nonEmpty).toBeGreaterThanOrEqual(5);
    const qaKinds = new Set((await expectedWork(ids['qa@example.org']!)).map((i) => i.kind));
    expect([...qaKinds].sort()).toEqual(['AUDIT_TO_MODERATE', 'FOLLOW_UP_ACTION', 'IMPROVEMENT_MILESTONE', 'KPI_EXCEPTION_NOTE']);
  });

  it("names no child: titles carry a case reference at most, and each item opens its own record", async () => {
    const { items } = await allPages(MY_WORK, {}, tokens['auditor@example.org']!, 'myWork');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items as (Item & { title: string; resource: string })[]) {
      expect(item.title).toMatch(/^Audit of [A-Z]{3}-\d{6}/);
      expect(item.resource).toBe('Audit');
    }
  });

  it('pages without repeating or skipping, and refuses a page past its bounds', async () => {
    const { items } = await allPages(MY_WORK, {}, tokens['dco@example.org']!, 'myWork');
    const paged: string[] = [];
    for (let page = 0; page * 3 < Math.min(items.length, 12); page++) {
      paged.push(...(await app.graphql(MY_WORK, { page, perPage: 3 }, tokens['dco@example.org'])).data!.myWork.items.map((i: Item) => i.recordId));
    }
    expect(paged).toEqual(items.slice(0, paged.length).map((i) => i.recordId));
    const refused = await app.graphql(MY_WORK, { perPage: 101 }, tokens['dco@example.org']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'perPage', rule: 'max' }] });
  });

  it("never shows another authority's items: Peterborough's QA officer sees Peterborough's work only", async () => {
    const { items } = await allPages(MY_WORK, {}, tokens['qa.peterborough@example.org']!, 'myWork');
    expect(items.map((i) => i.kind)).toContain('PART_TIME_REVIEW');
    expect(items.every((i) => i.localAuthorityId === la874)).toBe(true);
  });
});

describe('teamWork', () => {
  it("shows a manager a colleague's work only in the manager's own authorities", async () => {
    for (const email of ['commissioner@example.org', 'dco@example.org']) {
      const { items } = await allPages(TEAM_WORK, { userId: ids[email] }, tokens['qa.peterborough@example.org']!, 'teamWork');
      expect([email, items.map(shape)]).toEqual([email, await expectedWork(ids[email]!, [la874])]);
      expect(items.every((i) => i.assignee?.id === ids[email])).toBe(true);
    }
    // Everyone's work together: the first page is the soonest due of all of it, ties by kind, record and person.
    const merged = (await Promise.all(EMAILS.map(async (email) => (await expectedWork(ids[email]!)).map((item) => ({ ...item, assignee: ids[email]! })))))
      .flat()
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind) || a.recordId.localeCompare(b.recordId) || a.assignee.localeCompare(b.assignee));
    const first = (await app.graphql(TEAM_WORK, { perPage: 100 }, tokens['qa@example.org'])).data!.teamWork as { total: number; items: (Item & { assignee: { id: string } })[] };
    expect(first.total).toBe(merged.length);
    expect(first.items.map((i) => ({ ...shape(i), assignee: i.assignee.id }))).toEqual(merged.slice(0, 100));
  });

  it('counts each colleague with work, as their own list counts it', async () => {
    const rows = (await app.graphql('{ teamWorkCounts { user { id } overdue dueSoon total } }', {}, tokens['qa@example.org'])).data?.teamWorkCounts as { user: { id: string }; total: number; overdue: number }[];
    for (const row of rows) {
      const expected = await expectedWork(row.user.id);
      expect(row).toMatchObject({ total: expected.length, overdue: expected.filter((i) => i.status === 'OVERDUE').length });
    }
    expect(rows.map((r) => r.user.id)).toContain(ids['auditor@example.org']);
  });

  it('is for QA officers and admins only, and a colleague outside your authorities is not found', async () => {
    for (const email of ['auditor@example.org', 'commissioner@example.org', 'viewer@example.org']) {
      expect([email, (await app.graphql(TEAM_WORK, {}, tokens[email])).errors?.[0]?.extensions?.code]).toEqual([email, 'FORBIDDEN']);
    }
    const [outsider] = await app.sql<{ id: string }>(
      `select u.id from app_user u where not exists (select 1 from app_user_local_authority ula where ula.user_id = u.id and ula.local_authority_id = $1) limit 1`,
      [la874],
    );
    if (outsider) expect((await app.graphql(TEAM_WORK, { userId: outsider.id }, tokens['qa.peterborough@example.org'])).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('owners are users', () => {
  const refusal = async (variables: Record<string, unknown>) => {
    const [audit] = await app.sql<{ id: string }>("select id from audit where status = 'SUBMITTED' and local_authority_id = $1 limit 1", [la873]);
    const result = await app.graphql(CREATE_ACTION, { auditId: audit!.id, dueDate: '2026-12-20', ...variables }, tokens['qa@example.org']);
    return result.errors?.[0]?.extensions;
  };

  it('refuses an owner in another authority, one who may not act on the record, both kinds of owner, or none', async () => {
    const before = await app.sql('select count(*)::int as n from follow_up_action');
    expect(await refusal({ ownerUserId: ids['qa.peterborough@example.org'] })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ownerUserId', rule: 'sameLocalAuthority' }] });
    expect(await refusal({ ownerUserId: ids['viewer@example.org'] })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ownerUserId', rule: 'mayAct' }] });
    expect(await refusal({ ownerUserId: ids['qa@example.org'], owner: 'Someone' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'owner', rule: 'oneOwner' }] });
    expect(await refusal({})).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ownerUserId', rule: 'required' }] });
    expect(await app.sql('select count(*)::int as n from follow_up_action')).toEqual(before);

    const visitAction = await app.graphql(
      'mutation ($visitId: UUID!, $o: UUID!) { createVisitAction(visitId: $visitId, description: "x", ownerUserId: $o, dueDate: "2026-11-20") { id } }',
      { visitId: (await app.sql<{ id: string }>('select id from monitoring_visit where local_authority_id = $1 limit 1', [la873]))[0]!.id, o: ids['qa@example.org'] },
      tokens['commissioner@example.org'],
    );
    expect(visitAction.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ownerUserId', rule: 'mayAct' }] });
  });

  it('moves an action between a user and an outside owner, always keeping one', async () => {
    const [action] = await app.sql<{ id: string; version: number }>('select id, version from follow_up_action where owner_user_id = $1 order by due_date limit 1', [ids['admin@example.org']]);
    const UPDATE = 'mutation ($id: UUID!, $version: Int!, $ownerUserId: UUID, $owner: String) { updateFollowUpAction(id: $id, version: $version, ownerUserId: $ownerUserId, owner: $owner) { version owner ownerUser { id } } }';
    const toText = await app.graphql(UPDATE, { ...action, owner: 'Health visiting team' }, tokens['qa@example.org']);
    expect(toText.data?.updateFollowUpAction).toMatchObject({ owner: 'Health visiting team', ownerUser: null });
    const cleared = await app.graphql(UPDATE, { id: action!.id, version: toText.data!.updateFollowUpAction.version, owner: null }, tokens['qa@example.org']);
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'owner', rule: 'required' }] });
    const back = await app.graphql(UPDATE, { id: action!.id, version: toText.data!.updateFollowUpAction.version, ownerUserId: ids['admin@example.org'] }, tokens['qa@example.org']);
    expect(back.data?.updateFollowUpAction).toMatchObject({ owner: null, ownerUser: { id: ids['admin@example.org'] } });
  });

  it('offers as possible owners exactly the active users of the authority who may change the records, and only to those who may', async () => {
    const QUERY = 'query ($la: UUID!, $r: String!) { possibleOwners(localAuthorityId: $la, resource: $r) { id } }';
    const offered = (await app.graphql(QUERY, { la: la873, r: 'FollowUpAction' }, tokens['qa@example.org'])).data?.possibleOwners.map((u: { id: string }) => u.id).sort();
    const expected = await app.sql<{ id: string }>(
      "select u.id from app_user u join app_user_local_authority ula on ula.user_id = u.id and ula.local_authority_id = $1 where u.active and u.roles && array['ADMIN', 'QA_OFFICER', 'DCO']::text[]",
      [la873],
    );
    expect(offered).toEqual(expected.map((u) => u.id).sort());
    expect((await app.graphql(QUERY, { la: la873, r: 'FollowUpAction' }, tokens['commissioner@example.org'])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(QUERY, { la: la873, r: 'FollowUpAction' }, tokens['qa.peterborough@example.org'])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(QUERY, { la: la873, r: 'Plan' }, tokens['qa@example.org'])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'resource', rule: 'owned' }] });
  });
});
