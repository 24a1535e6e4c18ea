import { randomBytes } from 'node:crypto';
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
});
