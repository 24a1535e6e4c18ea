import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, finalise, scoreAndSubmit } from '../helpers/audits.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

/** Setting up a cycle: the sample explained before it is drawn, and its audits shared out among auditors in one go. */

const CREATE = `mutation ($la: UUID!, $rv: UUID!, $name: String!, $opensOn: LocalDate!, $size: Int!, $seed: Int!, $include: [UUID!], $reaudit: Boolean) {
  createAuditCycle(localAuthorityId: $la, name: $name, kind: EHCP_AUDIT, term: SPRING, academicYear: 2025, opensOn: $opensOn, closesOn: $opensOn,
    rubricVersionId: $rv, sampleSize: $size, seed: $seed, includePlanIds: $include, reauditBelowGood: $reaudit) { id version } }`;
const PREVIEW = 'query ($id: UUID!) { auditSamplePreview(id: $id) { eligible named reaudit random total problems } }';
const DRAW = 'mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }';
const ASSIGN = `mutation ($cycleId: UUID!, $auditorIds: [UUID!]!, $strategy: AssignmentStrategy!) {
  assignCycleAudits(cycleId: $cycleId, auditorIds: $auditorIds, strategy: $strategy) { id status auditor { id } } }`;

let app: TestApp;
let qa: string;
let la: string;
let rubricVersionId: string;
/** The three users of Cambridgeshire who may be given audits, by email. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  la = await localAuthorityId(app, '873');
  rubricVersionId = (await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la]))[0]!.id;
  for (const row of await app.sql<{ id: string; email: string }>('select id, email from app_user')) ids[row.email] = row.id;
});
afterAll(async () => {
  await app?.close();
});

async function cycle(name: string, variables: { opensOn: string; size: number; seed: number; include?: string[]; reaudit?: boolean }) {
  const created = await app.graphql(CREATE, { la, rv: rubricVersionId, name, reaudit: false, ...variables }, qa);
  expect(created.errors).toBeUndefined();
  return created.data?.createAuditCycle as { id: string; version: number };
}

async function drawnCycle(name: string, size: number, seed: number) {
  const created = await cycle(name, { opensOn: '2026-06-01', size, seed });
  expect((await app.graphql(DRAW, created, qa)).errors).toBeUndefined();
  return created.id;
}

/** The cycle's unassigned audits in case-reference order, with each plan's team, read straight from the tables. */
async function waiting(cycleId: string) {
  return app.sql<{ id: string; team_id: string | null }>(
    `select a.id, p.team_id from audit a join plan p on p.id = a.plan_id join child c on c.id = p.child_id
      where a.cycle_id = $1 and a.status = 'UNASSIGNED' order by c.case_reference, a.id`,
    [cycleId],
  );
}

/** Audits each user holds that are still to be done (assigned, in progress, returned) in Cambridgeshire. */
async function openAudits(userIds: string[]): Promise<number[]> {
  const rows = await app.sql<{ auditor_id: string; n: number }>(
    "select auditor_id, count(*)::int as n from audit where local_authority_id = $1 and status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED') group by auditor_id",
    [la],
  );
  return userIds.map((id) => rows.find((row) => row.auditor_id === id)?.n ?? 0);
}

async function holders(cycleId: string): Promise<Map<string, string>> {
  const rows = await app.sql<{ id: string; auditor_id: string }>('select id, auditor_id from audit where cycle_id = $1', [cycleId]);
  return new Map(rows.map((row) => [row.id, row.auditor_id]));
}

describe('the sample, explained before it is drawn', () => {
  it('counts the named plans, the re-audits and the random draw, and the draw then takes exactly those', async () => {
    const auditor = await app.login('auditor@example.org');
    // An earlier term whose final grades put two plans below good.
    const earlier = await assignedCycle(app, qa, '873', { term: 'AUTUMN', academicYear: 2025, opensOn: '2025-09-08', size: 3, seed: 61, reaudit: false });
    for (const [i, audit] of earlier.entries()) await finalise(app, qa, await scoreAndSubmit(app, auditor, audit, [2, 1, 3][i]!));
    const below = (
      await app.sql<{ plan_id: string }>("select a.plan_id from audit a join plan p on p.id = a.plan_id where a.id = any($1) and a.overall_grade < 3 and p.status = 'FINAL'", [
        earlier.map((a) => a.id),
      ])
    ).map((row) => row.plan_id);
    expect(below).toHaveLength(2);
    const named = (
      await app.sql<{ id: string }>("select id from plan where local_authority_id = $1 and status = 'FINAL' and id <> all($2) order by id limit 3", [la, below])
    ).map((row) => row.id);

    const next = await cycle('Previewed', { opensOn: '2026-01-05', size: 10, seed: 62, include: named, reaudit: true });
    const preview = await app.graphql(PREVIEW, { id: next.id }, qa);
    expect(preview.errors).toBeUndefined();
    const eligible = await count(app, "select count(*) as n from plan where local_authority_id = $1 and status = 'FINAL'", [la]);
    // Re-audits come on top of the ten asked for; the named plans count within them.
    expect(preview.data?.auditSamplePreview).toEqual({ eligible, named: 3, reaudit: 2, random: 10 - 3, total: 10 + 2, problems: [] });

    expect((await app.graphql(DRAW, next, qa)).errors).toBeUndefined();
    const sampled = (await app.sql<{ plan_id: string }>('select plan_id from audit where cycle_id = $1', [next.id])).map((row) => row.plan_id);
    expect(sampled).toHaveLength(12);
    expect(sampled).toEqual(expect.arrayContaining([...named, ...below]));
  });

  it('says why a sample cannot be drawn, with the same words the draw refuses it with', async () => {
    const tooBig = await cycle('Too big to draw', { opensOn: '2026-02-02', size: 100_000, seed: 63 });
    const eligible = await count(app, "select count(*) as n from plan where local_authority_id = $1 and status = 'FINAL'", [la]);
    const preview = (await app.graphql(PREVIEW, { id: tooBig.id }, qa)).data?.auditSamplePreview;
    const refused = await app.graphql(DRAW, tooBig, qa);
    expect(preview.problems).toEqual([refused.errors?.[0]?.extensions?.fields?.[0]?.message]);
    expect(preview.problems[0]).toContain(`only ${eligible} are eligible`);
    expect(preview.random).toBe(eligible);
  });

  it('is for those who run the cycle only', async () => {
    const some = await cycle('Preview access', { opensOn: '2026-02-09', size: 5, seed: 64 });
    for (const email of ['viewer@example.org', 'auditor@example.org', 'dco@example.org']) {
      const result = await app.graphql(PREVIEW, { id: some.id }, await app.login(email));
      expect(result.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
    }
    const elsewhere = await app.graphql(PREVIEW, { id: some.id }, await app.login('qa.peterborough@example.org'));
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe("sharing out a cycle's audits", () => {
  it('round robin: in case-reference order, one each in turn, in the order the auditors were chosen', async () => {
    const cycleId = await drawnCycle('Round robin', 11, 71);
    const order = [ids['qa@example.org']!, ids['auditor@example.org']!, ids['dco@example.org']!];
    const audits = await waiting(cycleId);
    const result = await app.graphql(ASSIGN, { cycleId, auditorIds: order, strategy: 'ROUND_ROBIN' }, qa);
    expect(result.errors).toBeUndefined();
    expect(result.data?.assignCycleAudits).toHaveLength(11);
    const held = await holders(cycleId);
    audits.forEach((audit, i) => expect(held.get(audit.id)).toBe(order[i % 3]));
    expect(await count(app, "select count(*) as n from audit where cycle_id = $1 and status <> 'ASSIGNED'", [cycleId])).toBe(0);
  });

  it('by load: each audit to whoever then has the fewest open audits, counting those in other cycles', async () => {
    // The auditor already holds work from another cycle.
    await assignedCycle(app, qa, '873', { term: 'SUMMER', academicYear: 2025, opensOn: '2026-04-20', size: 4, seed: 72, reaudit: false });
    const cycleId = await drawnCycle('By load', 9, 73);
    const order = [ids['auditor@example.org']!, ids['qa@example.org']!, ids['dco@example.org']!];
    const load = await openAudits(order);
    expect(load[0]).toBeGreaterThan(load[1]!);
    const audits = await waiting(cycleId);
    const result = await app.graphql(ASSIGN, { cycleId, auditorIds: order, strategy: 'BY_LOAD' }, qa);
    expect(result.errors).toBeUndefined();
    const held = await holders(cycleId);
    for (const audit of audits) {
      const fewest = load.indexOf(Math.min(...load));
      expect(held.get(audit.id)).toBe(order[fewest]);
      load[fewest]! += 1;
    }
  });

  it("by team: a team's audits stay together, the largest team first, each to whoever then has the fewest open audits", async () => {
    const cycleId = await drawnCycle('By team', 14, 74);
    const order = [ids['dco@example.org']!, ids['qa@example.org']!, ids['auditor@example.org']!];
    const load = await openAudits(order);
    const audits = await waiting(cycleId);
    const teams = new Map<string, string[]>();
    for (const audit of audits) teams.set(audit.team_id ?? '', [...(teams.get(audit.team_id ?? '') ?? []), audit.id]);
    expect(teams.size).toBeGreaterThan(1);
    const result = await app.graphql(ASSIGN, { cycleId, auditorIds: order, strategy: 'BY_TEAM' }, qa);
    expect(result.errors).toBeUndefined();
    const held = await holders(cycleId);
    const largestFirst = [...teams.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
    for (const [, team] of largestFirst) {
      const fewest = load.indexOf(Math.min(...load));
      expect(new Set(team.map((id) => held.get(id)))).toEqual(new Set([order[fewest]]));
      load[fewest]! += team.length;
    }
  });

  it("records every audit's assignment in its change history, as the QA officer's", async () => {
    const cycleId = await drawnCycle('Recorded', 3, 75);
    const before = await count(app, "select count(*) as n from change_record where entity_name = 'Audit'");
    const result = await app.graphql(ASSIGN, { cycleId, auditorIds: [ids['auditor@example.org']], strategy: 'ROUND_ROBIN' }, qa);
    expect(result.errors).toBeUndefined();
    const entries = await app.sql<{ entity_id: string; actor_email: string; action: string; changes: Record<string, { before: unknown; after: unknown }> }>(
      "select entity_id, actor_email, action, changes from change_record where entity_name = 'Audit' and entity_id in (select id::text from audit where cycle_id = $1) and action = 'UPDATE'",
      [cycleId],
    );
    expect(entries).toHaveLength(3);
    expect(await count(app, "select count(*) as n from change_record where entity_name = 'Audit'")).toBe(before + 3);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actor_email: 'qa@example.org', action: 'UPDATE' });
      expect(entry.changes.status).toEqual({ before: 'UNASSIGNED', after: 'ASSIGNED' });
      expect(entry.changes.auditor).toEqual({ before: null, after: ids['auditor@example.org'] });
    }
  });

  it('refuses the roles that may not assign audits, and changes nothing', async () => {
    const cycleId = await drawnCycle('Refused', 4, 76);
    const changes = await count(app, 'select count(*) as n from change_record');
    for (const email of ['viewer@example.org', 'auditor@example.org', 'commissioner@example.org', 'dco@example.org']) {
      const result = await app.graphql(ASSIGN, { cycleId, auditorIds: [ids['auditor@example.org']], strategy: 'ROUND_ROBIN' }, await app.login(email));
      expect(result.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
    }
    expect(await count(app, "select count(*) as n from audit where cycle_id = $1 and status = 'UNASSIGNED' and auditor_id is null", [cycleId])).toBe(4);
    expect(await count(app, 'select count(*) as n from change_record')).toBe(changes);
  });

  it('assigns none when one auditor chosen may not audit, naming them, and nothing changes', async () => {
    const cycleId = await drawnCycle('All or none', 5, 77);
    const changes = await count(app, 'select count(*) as n from change_record');
    const result = await app.graphql(
      ASSIGN,
      { cycleId, auditorIds: [ids['auditor@example.org'], ids['commissioner@example.org'], ids['qa.peterborough@example.org']], strategy: 'ROUND_ROBIN' },
      qa,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.rule}`)).toEqual(['auditorIds[1]:canAudit', 'auditorIds[2]:canAudit']);
    expect(await count(app, "select count(*) as n from audit where cycle_id = $1 and status = 'UNASSIGNED' and auditor_id is null", [cycleId])).toBe(5);
    expect(await count(app, 'select count(*) as n from change_record')).toBe(changes);

    const noneLeft = await app.graphql(ASSIGN, { cycleId, auditorIds: [ids['auditor@example.org']], strategy: 'BY_LOAD' }, qa);
    expect(noneLeft.errors).toBeUndefined();
    const again = await app.graphql(ASSIGN, { cycleId, auditorIds: [ids['qa@example.org']], strategy: 'BY_LOAD' }, qa);
    expect(again.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'cycleId', rule: 'hasUnassigned' })]);
    expect(await count(app, 'select count(*) as n from audit where cycle_id = $1 and auditor_id = $2', [cycleId, ids['auditor@example.org']])).toBe(5);
  });
});
