import { randomBytes } from 'node:crypto';
import { createLogger, entities, migrations, openDatabase } from '@send-qa/api';
import { afterAll, expect, inject, it } from 'vitest';
import { assessmentTimeliness } from '../../api/src/features/statutory-timeline/figures.js';
import { onServer, sql, withDatabaseName } from '../helpers/database.js';

/**
 * The migration that moved a plan's 20-week exception onto its assessment, on a database holding plans
 * written before it: a missed appointment, never an allowed exception to the 20-week limit, is dropped.
 */
const { serverUrl } = inject('database');
const name = `send_qa_migration_${randomBytes(4).toString('hex')}`;
const url = withDatabaseName(serverUrl, name);
const log = createLogger({ level: 'silent', pretty: false });
const MOVED_EXCEPTIONS = migrations.findIndex((m) => m.name === 'Migration20261202071234');

afterAll(async () => {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

it("moves each plan's assessment and allowed exception onto the timeline, drops a missed appointment, and the 20-week figure counts that plan as late", async () => {
  expect(MOVED_EXCEPTIONS).toBeGreaterThan(0);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const before = await openDatabase({ databaseUrl: url, dataDir: '', embeddedPostgresPort: 0 }, { entities, migrations: migrations.slice(0, MOVED_EXCEPTIONS) }, log);
  await before.close();
  const la = '11111111-1111-4111-8111-111111111111';
  const plans = [
    { id: '22222222-2222-4222-8222-000000000001', exception: 'MISSED_APPOINTMENT' },
    { id: '22222222-2222-4222-8222-000000000002', exception: 'SCHOOL_CLOSURE' },
    { id: '22222222-2222-4222-8222-000000000003', exception: null },
  ];
  await sql(url, `insert into local_authority (id, version, created_at, updated_at, code, name) values ($1, 1, now(), now(), '999', 'Test')`, [la]);
  for (const [i, plan] of plans.entries()) {
    const child = `33333333-3333-4333-8333-00000000000${i + 1}`;
    await sql(url, `insert into child (id, version, created_at, updated_at, local_authority_id, case_reference, date_of_birth, sex, primary_need) values ($1, 1, now(), now(), $2, $3, '2015-01-01', 'MALE', 'ASD')`, [child, la, `T-${i}`]);
    // Requested 1 February 2026; issued 1 August 2026, 181 days later: late.
    await sql(
      url,
      `insert into plan (id, version, created_at, updated_at, local_authority_id, child_id, status, request_date, issue_date, timescale_exception) values ($1, 1, now(), now(), $2, $3, 'FINAL', '2026-02-01', '2026-08-01', $4)`,
      [plan.id, la, child, plan.exception],
    );
  }

  const after = await openDatabase({ databaseUrl: url, dataDir: '', embeddedPostgresPort: 0 }, { entities, migrations }, log);
  try {
    const moved = await sql<{ plan_id: string; kind: string; received: string; outcome: string; issued: string; exception: string | null }>(
      url,
      `select plan_id, kind, to_char(received_on, 'YYYY-MM-DD') as received, outcome, to_char(outcome_on, 'YYYY-MM-DD') as issued, outcome_exception as exception
         from assessment_request order by plan_id`,
    );
    expect(moved).toEqual([
      { plan_id: plans[0]!.id, kind: 'REQUEST', received: '2026-02-01', outcome: 'FINAL_PLAN', issued: '2026-08-01', exception: null },
      { plan_id: plans[1]!.id, kind: 'REQUEST', received: '2026-02-01', outcome: 'FINAL_PLAN', issued: '2026-08-01', exception: 'SCHOOL_CLOSURE' },
      { plan_id: plans[2]!.id, kind: 'REQUEST', received: '2026-02-01', outcome: 'FINAL_PLAN', issued: '2026-08-01', exception: null },
    ]);
    const columns = await sql(url, "select column_name from information_schema.columns where table_name = 'plan' and column_name = 'timescale_exception'");
    expect(columns).toEqual([]);
    // Excluding exceptions, two late plans count: the missed appointment no longer takes one out.
    const em = after.orm.em.fork() as never;
    expect(await assessmentTimeliness(em, [la], [{ from: '2026-08-01', to: '2026-08-31' }])).toEqual([
      { excludingExceptions: { done: 2, withinTimescale: 0 }, all: { done: 3, withinTimescale: 0 } },
    ]);
  } finally {
    await after.close();
  }
});
