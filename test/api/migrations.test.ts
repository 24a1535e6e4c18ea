import { randomBytes, randomUUID } from 'node:crypto';
import { createLogger, entities, migrations, openDatabase, type Database } from '@send-qa/api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onServer, sql, withDatabaseName } from '../helpers/database.js';

/**
 * The entities and the migrations describe the same schema: after every migration has run, the ORM
 * finds nothing to change; and every migration can be undone and redone, leaving the same schema.
 */
const { serverUrl } = inject('database');
const name = `send_qa_migrations_${randomBytes(4).toString('hex')}`;
const url = withDatabaseName(serverUrl, name);
const log = createLogger({ level: 'silent', pretty: false });
let db: Database;

/** What the ORM would still change to make the database match the entities: empty when they agree. */
const schemaDifference = () => db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });

/** Every column, constraint and index, to compare the schema before and after a round trip. */
const schemaShape = async () => ({
  columns: await sql(url, `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns where table_schema = 'public' order by 1, 2`),
  constraints: await sql(url, `select conrelid::regclass::text as "table", conname, pg_get_constraintdef(oid) as definition from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`),
  indexes: await sql(url, `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`),
});

beforeAll(async () => {
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  db = await openDatabase({ databaseUrl: url, dataDir: '', embeddedPostgresPort: 0 }, { entities, migrations }, log);
});

afterAll(async () => {
  await db?.close();
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('migrations', () => {
  it('bring an empty database to exactly the schema the entities describe', async () => {
    const applied = await sql<{ name: string }>(url, 'select name from mikro_orm_migrations order by id');
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(await schemaDifference()).toBe('');
  });

  it('every migration goes down and up again, back to the same schema', async () => {
    const before = await schemaShape();
    const migrator = db.orm.getMigrator();
    const undone = await migrator.down({ to: 0 });
    expect(undone.map((m) => m.name)).toEqual(migrations.map((m) => m.name).reverse());
    const left = await sql<{ table_name: string }>(url, `select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'`);
    expect(left).toEqual([]);
    const redone = await migrator.up();
    expect(redone.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(await schemaShape()).toEqual(before);
    expect(await schemaDifference()).toBe('');
  });

  it('moves KPIs to the calendars they are reported in: quarterly ones relabelled in the financial year, termly values re-dated to the Easter terms', async () => {
    const migrator = db.orm.getMigrator();
    const name = 'Migration20261203163550';
    await migrator.down({ migrations: [name] });
    const la = randomUUID();
    await sql(url, `insert into local_authority (id, created_at, updated_at, code, name) values ($1, now(), now(), '999', 'Migration test')`, [la]);
    const kpi = async (frequency: string) => {
      const id = randomUUID();
      await sql(
        url,
        `insert into kpi (id, created_at, updated_at, local_authority_id, code, name, definition, unit, direction, target, amber_tolerance, frequency, owner, source, milestone_targets)
         values ($1, now(), now(), $2, $3, 'KPI', 'A figure', 'PERCENT', 'HIGHER_IS_BETTER', 80, 5, $4, 'Owner', 'MANUAL', '[]')`,
        [id, la, frequency, frequency],
      );
      return id;
    };
    const [quarterly, termly, monthly] = [await kpi('QUARTERLY'), await kpi('TERMLY'), await kpi('MONTHLY')];
    // Values as the old calendar kept them: calendar quarters, and terms turning on 1 April.
    const values: [string, string, string, string][] = [
      [quarterly, '2026-01-01', '2026-03-31', '2026 Q1'],
      [quarterly, '2026-04-01', '2026-06-30', '2026 Q2'],
      [termly, '2024-01-01', '2024-03-31', '2023/24 Spring'],
      [termly, '2024-04-01', '2024-08-31', '2023/24 Summer'],
      [termly, '2026-01-01', '2026-03-31', '2025/26 Spring'],
      [termly, '2026-04-01', '2026-08-31', '2025/26 Summer'],
      [termly, '2025-09-01', '2025-12-31', '2025/26 Autumn'],
      [monthly, '2026-04-01', '2026-04-30', 'Apr 2026'],
    ];
    for (const [kpiId, start, end, period] of values) {
      await sql(url, `insert into kpi_value (id, created_at, updated_at, local_authority_id, kpi_id, period_start, period_end, period, value) values ($1, now(), now(), $2, $3, $4, $5, $6, 50)`, [
        randomUUID(),
        la,
        kpiId,
        start,
        end,
        period,
      ]);
    }
    await migrator.up({ migrations: [name] });
    const kpis = await sql<{ id: string; calendar: string }>(url, 'select id, calendar from kpi where local_authority_id = $1', [la]);
    expect(Object.fromEntries(kpis.map((k) => [k.id, k.calendar]))).toEqual({ [quarterly]: 'FINANCIAL', [termly]: 'ACADEMIC', [monthly]: 'FINANCIAL' });
    const after = await sql<{ kpi_id: string; period_start: string; period_end: string; period: string }>(
      url,
      `select kpi_id, to_char(period_start, 'YYYY-MM-DD') as period_start, to_char(period_end, 'YYYY-MM-DD') as period_end, period from kpi_value where local_authority_id = $1 order by kpi_id, period_start`,
      [la],
    );
    // Easter Sunday fell on 31 March 2024 and on 5 April 2026.
    expect(after.map((v) => [v.kpi_id, v.period_start, v.period_end, v.period])).toEqual(
      [
        [quarterly, '2026-01-01', '2026-03-31', '2025/26 Q4'],
        [quarterly, '2026-04-01', '2026-06-30', '2026/27 Q1'],
        [termly, '2024-01-01', '2024-03-30', '2023/24 Spring'],
        [termly, '2024-03-31', '2024-08-31', '2023/24 Summer'],
        [termly, '2025-09-01', '2025-12-31', '2025/26 Autumn'],
        [termly, '2026-01-01', '2026-04-04', '2025/26 Spring'],
        [termly, '2026-04-05', '2026-08-31', '2025/26 Summer'],
        [monthly, '2026-04-01', '2026-04-30', 'Apr 2026'],
      ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
    );
    await sql(url, 'delete from kpi_value where local_authority_id = $1', [la]);
    await sql(url, 'delete from kpi where local_authority_id = $1', [la]);
    await sql(url, 'delete from local_authority where id = $1', [la]);
  });
});
