import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

const CYCLE_FIELDS = 'id version name seed sampleSize samplePercent stratifyBy sampledAt rubricVersion { id number }';
const CREATE = `mutation ($la: UUID!, $name: String!, $opensOn: LocalDate!, $closesOn: LocalDate!, $rubricVersionId: UUID!, $sampleSize: Int, $samplePercent: Float, $seed: Int, $exclude: Int, $include: [UUID!], $stratifyBy: [Stratum!]) {
  createAuditCycle(localAuthorityId: $la, name: $name, kind: EHCP_AUDIT, term: SPRING, academicYear: 2025, opensOn: $opensOn, closesOn: $closesOn,
    rubricVersionId: $rubricVersionId, sampleSize: $sampleSize, samplePercent: $samplePercent, seed: $seed, excludeAuditedInLastCycles: $exclude, includePlanIds: $include, stratifyBy: $stratifyBy) { ${CYCLE_FIELDS} }
}`;
const DRAW = `mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { ${CYCLE_FIELDS} } }`;
const AUDITS = `query ($filter: AuditFilter) { allAudits(filter: $filter, perPage: 1000) { id status plan { id } rubricVersion { id } auditor { email } } _allAuditsMeta(filter: $filter) { count } }`;

let app: TestApp;
let qa: string;
let la: string;
let rubricVersionId: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  la = await localAuthorityId(app, '873');
  rubricVersionId = (await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la]))[0]!.id;
});
afterAll(async () => {
  await app?.close();
});

async function createCycle(variables: Record<string, unknown>) {
  return app.graphql(CREATE, { la, opensOn: '2026-01-05', closesOn: '2026-03-27', rubricVersionId, ...variables }, qa);
}

async function drawn(variables: Record<string, unknown>) {
  const created = await createCycle(variables);
  expect(created.errors).toBeUndefined();
  const cycle = created.data?.createAuditCycle;
  const result = await app.graphql(DRAW, { id: cycle.id, version: cycle.version }, qa);
  expect(result.errors).toBeUndefined();
  const audits = await app.graphql(AUDITS, { filter: { cycleId: cycle.id } }, qa);
  return { cycle: result.data?.drawAuditSample, planIds: (audits.data?.allAudits as { plan: { id: string } }[]).map((a) => a.plan.id), audits };
}

describe('audit cycles and their samples', () => {
  it('refuses a close date before the open date, a draft rubric, and both or neither of size and percentage, naming each', async () => {
    const draft = (await app.graphql('mutation ($la: UUID!) { createRubric(localAuthorityId: $la, name: "Draft only") { versions { id } } }', { la }, qa)).data
      ?.createRubric.versions[0].id;
    const result = await createCycle({ name: 'Bad', opensOn: '2026-03-01', closesOn: '2026-02-01', rubricVersionId: draft, sampleSize: 10, samplePercent: 5 });
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.rule}`)).toEqual([
      'closesOn:notBeforeOpensOn',
      'sampleSize:oneOfSizeOrPercent',
      'rubricVersionId:published',
    ]);
    expect(await count(app, "select count(*) as n from audit_cycle where name = 'Bad'")).toBe(0);
  });

  it('draws the sample once: one unassigned audit per sampled final plan, against the cycle’s rubric version', async () => {
    const { cycle, planIds, audits } = await drawn({ name: 'Spring 2026', sampleSize: 40, seed: 1234 });
    expect(cycle.sampledAt).toEqual(expect.any(String));
    expect(planIds).toHaveLength(40);
    expect(new Set(planIds).size).toBe(40);
    const finals = await count(app, "select count(*) as n from plan where id = any($1) and status = 'FINAL' and local_authority_id = $2", [planIds, la]);
    expect(finals).toBe(40);
    for (const audit of audits.data?.allAudits) {
      expect(audit).toMatchObject({ status: 'UNASSIGNED', auditor: null, rubricVersion: { id: rubricVersionId } });
    }
    const again = await app.graphql(DRAW, { id: cycle.id, version: cycle.version }, qa);
    expect(again.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'id', rule: 'alreadyDrawn' })]);
  });

  it('draws the same sample from the same seed, and shares it out across casework teams in proportion', async () => {
    const first = await drawn({ name: 'Seed A', sampleSize: 50, seed: 99, stratifyBy: ['TEAM'] });
    const second = await drawn({ name: 'Seed B', sampleSize: 50, seed: 99, stratifyBy: ['TEAM'] });
    expect([...second.planIds].sort()).toEqual([...first.planIds].sort());

    const byTeam = await app.sql<{ team_id: string | null; n: string }>(
      "select team_id, count(*) as n from plan where local_authority_id = $1 and status = 'FINAL' group by team_id",
      [la],
    );
    const total = byTeam.reduce((sum, row) => sum + Number(row.n), 0);
    const sampled = await app.sql<{ team_id: string | null; n: string }>('select team_id, count(*) as n from plan where id = any($1) group by team_id', [first.planIds]);
    for (const row of byTeam) {
      const share = (50 * Number(row.n)) / total;
      const got = Number(sampled.find((s) => s.team_id === row.team_id)?.n ?? 0);
      // Largest remainders: every team gets its share rounded down or up, never further off.
      expect(got === Math.floor(share) || got === Math.ceil(share)).toBe(true);
    }
  });

  it('leaves out plans audited in the last cycle when asked, and always includes named plans', async () => {
    // The most recent cycle before the next one (the others in this file open in January).
    const previous = await drawn({ name: 'Late spring 2026', opensOn: '2026-03-02', closesOn: '2026-03-27', sampleSize: 30, seed: 5 });
    const named = (await app.sql<{ id: string }>("select id from plan where local_authority_id = $1 and status = 'FINAL' order by id limit 2", [la])).map((r) => r.id);
    const next = await drawn({ name: 'Summer 2026', opensOn: '2026-04-20', closesOn: '2026-07-17', sampleSize: 30, seed: 5, exclude: 1, include: named });
    expect(next.planIds).toEqual(expect.arrayContaining(named));
    const overlap = next.planIds.filter((id) => previous.planIds.includes(id) && !named.includes(id));
    expect(overlap).toEqual([]);
  });

  it('refuses a sample larger than the plans eligible, and saves nothing', async () => {
    const cycle = (await createCycle({ name: 'Too big', sampleSize: 100000 })).data?.createAuditCycle;
    const eligible = await count(app, "select count(*) as n from plan where local_authority_id = $1 and status = 'FINAL'", [la]);
    const result = await app.graphql(DRAW, { id: cycle.id, version: cycle.version }, qa);
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'sampleSize', rule: 'notLargerThanPopulation' })]);
    expect(result.errors?.[0]?.message).toContain(`only ${eligible} are eligible`);
    expect(await count(app, 'select count(*) as n from audit where cycle_id = $1', [cycle.id])).toBe(0);
  });

  it('samples a percentage of the eligible plans, rounding up', async () => {
    const eligible = await count(app, "select count(*) as n from plan where local_authority_id = $1 and status = 'FINAL'", [la]);
    const { planIds } = await drawn({ name: 'Five per cent', samplePercent: 5, seed: 8 });
    expect(planIds).toHaveLength(Math.ceil(eligible * 0.05));
  });
});

describe('assigning audits', () => {
  it('gives audits to auditors, who then see only their own; others see all; viewers cannot assign', async () => {
    const { planIds } = await drawn({ name: 'Assignment', sampleSize: 5, seed: 3 });
    const audits = (await app.graphql(AUDITS, { filter: { planId: planIds[0] } }, qa)).data?.allAudits;
    const all = (await app.sql<{ id: string; version: number }>('select a.id, a.version from audit a join audit_cycle c on c.id = a.cycle_id where c.name = $1 order by a.id', ['Assignment']));
    const auditorId = (await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'"))[0]!.id;
    const assign = 'mutation ($id: UUID!, $version: Int!, $auditorId: UUID!) { assignAudit(id: $id, version: $version, auditorId: $auditorId, lens: EDUCATION) { status lens auditor { email } } }';
    for (const audit of all.slice(0, 2)) {
      const result = await app.graphql(assign, { id: audit.id, version: audit.version, auditorId }, qa);
      expect(result.data?.assignAudit).toEqual({ status: 'ASSIGNED', lens: 'EDUCATION', auditor: { email: 'auditor@example.org' } });
    }
    expect(audits).toHaveLength(1);

    const auditor = await app.login('auditor@example.org');
    const own = await app.graphql(AUDITS, {}, auditor);
    expect(own.data?._allAuditsMeta.count).toBe(2);
    expect(own.data?.allAudits.every((a: { auditor: { email: string } }) => a.auditor.email === 'auditor@example.org')).toBe(true);
    const everyone = await app.graphql(AUDITS, {}, await app.login('viewer@example.org'));
    expect(everyone.data?._allAuditsMeta.count).toBe(await count(app, 'select count(*) as n from audit'));

    const viewerAssign = await app.graphql(assign, { id: all[2]!.id, version: all[2]!.version, auditorId }, await app.login('viewer@example.org'));
    expect(viewerAssign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const commissionerId = (await app.sql<{ id: string }>("select id from app_user where email = 'commissioner@example.org'"))[0]!.id;
    const wrongPerson = await app.graphql(assign, { id: all[2]!.id, version: all[2]!.version, auditorId: commissionerId }, qa);
    expect(wrongPerson.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'auditorId', rule: 'canAudit' })]);
  });

  it('shows no audits of another authority', async () => {
    const peterborough = await app.login('qa.peterborough@example.org');
    const result = await app.graphql(AUDITS, {}, peterborough);
    expect(result.data?._allAuditsMeta.count).toBe(await count(app, "select count(*) as n from audit a join local_authority la on la.id = a.local_authority_id where la.code = '874'"));
  });
});
