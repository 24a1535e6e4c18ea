import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createLogger, entities, loadDemoData, migrations, openDatabase, startEmbeddedPostgres } from '@send-qa/api';

/** The same server, another database: replaces the path of a postgres:// URL. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onServer(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Reads straight from a database with SQL, so tests can check the API against an independent count. */
export async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The PostgreSQL server named by DATABASE_URL, or an embedded one in a temporary directory. */
export async function startCluster(): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, stop: async () => {} };
  const dir = await mkdtemp(path.join(tmpdir(), 'send-qa-test-'));
  // As root, PostgreSQL runs as the postgres user, which must be able to enter this directory.
  await chmod(dir, 0o755);
  const log = createLogger({ level: 'warn', pretty: false });
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), log });
  return {
    serverUrl: embedded.urlFor('postgres'),
    async stop() {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A database migrated and loaded with synthetic data once, for others to be copied from. */
export async function prepareTemplate(
  serverUrl: string,
  template: string,
  data: Parameters<typeof loadDemoData>[1],
): Promise<string> {
  const log = createLogger({ level: 'warn', pretty: false });
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}"`, `CREATE DATABASE "${template}"`);
  const db = await openDatabase({ databaseUrl: withDatabaseName(serverUrl, template), dataDir: '', embeddedPostgresPort: 0 }, { entities, migrations }, log);
  try {
    await loadDemoData(db.orm.em.fork(), data);
  } finally {
    await db.close();
  }
  return template;
}
