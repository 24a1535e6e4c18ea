import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { RequestTimeoutError } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import { HistorySubscriber } from '../history/history.subscriber.js';
import { currentRequest, statementAnswered, statementStarted } from '../request-context.js';
import { RequestEntityManager } from './entity-manager.js';

export interface OrmConfigOptions {
  clientUrl: string;
  entities: Options['entities'];
  migrations: MigrationObject[];
  log: Logger;
  poolMax?: number;
  /** PostgreSQL's statement_timeout on every connection of the pool; unset, none (migrations, data loads). */
  statementTimeoutMs?: number;
}

export function createOrmConfig(options: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities: options.entities,
    extensions: [Migrator],
    // Listed rather than globbed: the same list works from TypeScript sources, compiled output and tests.
    migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false },
    subscribers: [new HistorySubscriber()],
    // Batches ref.load() and collection.load() across a request, so lists cost a fixed number of queries.
    dataloader: DataloaderType.ALL,
    entityManager: RequestEntityManager,
    forceUtcTimezone: true,
    // No "guess what I meant" global context: every request forks its own EntityManager.
    allowGlobalContext: false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Sent when each connection opens, so it holds for every statement on it, whoever runs it.
    driverOptions: options.statementTimeoutMs ? { connection: { statement_timeout: options.statementTimeoutMs } } : {},
    // A request past its deadline has been answered already: none of its further statements runs.
    onQuery: (sql) => {
      const deadline = currentRequest()?.deadline;
      if (deadline !== undefined && Date.now() > deadline) throw new RequestTimeoutError();
      statementStarted();
      return sql;
    },
    // Every statement goes through this logger, which is how the per-request SQL count is kept.
    debug: ['query'],
    loggerFactory: () => ({
      log: () => undefined,
      error: (_namespace, message) => options.log.error({ orm: true }, message),
      warn: (_namespace, message) => options.log.warn({ orm: true }, message),
      logQuery: (context) => {
        const request = currentRequest();
        if (request) request.sqlStatements += 1;
        // Statements log with the time they took when answered; BEGIN and COMMIT log without it and were never started.
        if (context.took !== undefined) statementAnswered();
        options.log.trace({ sql: context.query, took: context.took }, 'sql');
      },
      setDebugMode: () => undefined,
      isEnabled: () => true,
    }),
  });
}
