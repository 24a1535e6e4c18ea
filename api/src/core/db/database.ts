import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { createOrmConfig, type OrmConfigOptions } from './orm-config.js';

const EMBEDDED_DATABASE = 'send_qa';

/** `up`: serving. `restarting`: the embedded PostgreSQL died and is being started again. `failed`: it will not start. */
export type DatabaseState = 'up' | 'restarting' | 'failed';

export interface Database {
  orm: MikroORM;
  embedded: boolean;
  /** Where the database is: DATABASE_URL, or the embedded PostgreSQL's, for server processes to share. */
  clientUrl: string;
  state(): DatabaseState;
  /** Called once the embedded PostgreSQL has died and could not be restarted: the process should exit. */
  onFailure(listener: (error: Error) => void): void;
  /**
   * Closes the pool, then stops the embedded PostgreSQL. `force` (requests still hold connections) stops
   * the database first, which ends those connections, so that closing the pool cannot wait on them.
   */
  close(options?: { force?: boolean }): Promise<void>;
}

export interface DatabaseOptions {
  /** Applied to every pooled connection; unset for one-off commands (migrations, data loads). */
  statementTimeoutMs?: number;
  /** Restarts of a dead embedded PostgreSQL before giving up (default 5), a second apart and then longer. */
  embeddedRestarts?: number;
}

/**
 * Keeps the embedded PostgreSQL running: when it dies it is started again, up to `restarts` times in a
 * row with a growing pause; the pool's dead connections are dropped as they fail and new ones made.
 */
function supervise(server: EmbeddedDatabase, restarts: number, log: Logger) {
  let state: DatabaseState = 'up';
  const failureListeners: ((error: Error) => void)[] = [];
  server.onUnexpectedExit(async (reason) => {
    state = 'restarting';
    log.error({ reason }, 'the embedded PostgreSQL stopped unexpectedly: restarting it');
    let lastError: unknown;
    for (let attempt = 1; attempt <= restarts; attempt += 1) {
      await sleep(Math.min(1000 * 2 ** (attempt - 1), 15_000));
      try {
        await server.restart();
        state = 'up';
        log.warn({ attempt }, 'embedded PostgreSQL restarted');
        return;
      } catch (error) {
        lastError = error;
        log.error({ err: error, attempt }, 'embedded PostgreSQL did not restart');
      }
    }
    state = 'failed';
    const error = new Error(`The embedded PostgreSQL could not be restarted after ${restarts} attempts: ${String((lastError as Error)?.message ?? lastError)}`);
    for (const listener of failureListeners) listener(error);
  });
  return { state: () => state, onFailure: (listener: (error: Error) => void) => failureListeners.push(listener) };
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL when there is none, and brings the schema up to date. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
  app: Pick<OrmConfigOptions, 'entities' | 'migrations'>,
  log: Logger,
  options: DatabaseOptions = {},
): Promise<Database> {
  let clientUrl = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!clientUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log });
    await embedded.createDatabase(EMBEDDED_DATABASE);
    clientUrl = embedded.urlFor(EMBEDDED_DATABASE);
  }
  try {
    const orm = await MikroORM.init(createOrmConfig({ clientUrl, ...app, log, statementTimeoutMs: options.statementTimeoutMs }));
    await migrate(orm, app.migrations, log);
    const supervision = embedded ? supervise(embedded, options.embeddedRestarts ?? 5, log) : { state: (): DatabaseState => 'up', onFailure: () => 0 };
    return {
      orm,
      embedded: embedded !== undefined,
      clientUrl,
      state: supervision.state,
      onFailure: supervision.onFailure,
      async close({ force = false } = {}) {
        if (force && embedded) {
          await embedded.stop();
          await orm.close(true).catch(() => undefined);
          return;
        }
        try {
          await orm.close();
        } finally {
          await embedded?.stop();
        }
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export async function migrate(orm: MikroORM, migrations: MigrationObject[], log: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  else log.debug({ known: migrations.length }, 'database schema up to date');
}
