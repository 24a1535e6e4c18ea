import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger, entities, loadDemoData, migrations, openDatabase, startEmbeddedPostgres } from '@send-qa/api';
import { onServer, withDatabaseName } from './database.js';
import { FIXTURE } from './fixture.js';

declare module 'vitest' {
  export interface ProvidedContext {
    database: { serverUrl: string; template: string };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One PostgreSQL for the whole run (embedded, or the server in DATABASE_URL), with a template database
 * migrated and loaded with the fixture once. Each test file then copies the template into its own
 * database, so files run in parallel without seeing each other's changes.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = createLogger({ level: 'warn', pretty: false });
  let serverUrl: string;
  let stopServer = async () => {};
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'send-qa-test-'));
    // As root, PostgreSQL runs as the postgres user, which must be able to enter this directory.
    await chmod(dir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), log });
    serverUrl = embedded.urlFor('postgres');
    stopServer = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }

  const template = `send_qa_template_${process.pid}`;
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}"`, `CREATE DATABASE "${template}"`);
  const db = await openDatabase({ databaseUrl: withDatabaseName(serverUrl, template), dataDir: '', embeddedPostgresPort: 0 }, { entities, migrations }, log);
  try {
    await loadDemoData(db.orm.em.fork(), FIXTURE);
  } finally {
    await db.close();
  }

  project.provide('database', { serverUrl, template });
  return async () => {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await stopServer();
  };
}
