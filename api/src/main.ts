import 'reflect-metadata';
import { once } from 'node:events';
import { DEMO_PASSWORD } from '@send-qa/seeds';
import { migrations } from '../migrations/index.js';
import { loadConfig } from './config.js';
import { openDatabase, type Database } from './core/db/database.js';
import { today } from './core/dates.js';
import { createLogger, type Logger } from './core/logger.js';
import { isEmpty, loadDemoData } from './demo.js';
import { entities } from './modules.js';
import { createServer, type Server } from './server.js';

const DEMO_SEED = 20240801;

/**
 * Stops everything in order: no new requests, those in flight drained (up to `drainMs`), the ORM
 * closed, the embedded PostgreSQL stopped. Past the drain deadline the database is stopped anyway:
 * whatever happens, no PostgreSQL is left running behind this process.
 */
function shutdownHandler(log: Logger, db: Database, drainMs: number, getServer: () => Server | undefined) {
  let stopping: Promise<void> | undefined;
  return (reason: string, exitCode: number): Promise<void> => {
    stopping ??= (async () => {
      log.info({ reason }, 'shutting down: finishing requests in flight');
      let code = exitCode;
      let drained = true;
      const server = getServer();
      if (server) {
        let timer: NodeJS.Timeout | undefined;
        drained = await Promise.race([
          server.stop().then(
            () => true,
            (error: unknown) => {
              log.error({ err: error }, 'error while stopping the server');
              return false;
            },
          ),
          new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), drainMs))),
        ]);
        clearTimeout(timer);
        if (!drained) {
          log.error({ drainMs }, 'requests still in flight at the shutdown deadline; stopping the database under them');
          server.httpServer.closeAllConnections();
          code = 1;
        }
      }
      try {
        await db.close({ force: !drained });
      } catch (error) {
        log.error({ err: error }, 'error while closing the database');
        code = 1;
      }
      log.info({ exitCode: code }, code === 0 ? 'stopped cleanly' : 'stopped');
      // The log transport flushes and the process ends with its event loop; anything still holding it
      // (a request that never ends) does not keep it alive for long.
      process.exitCode = code;
      setTimeout(() => process.exit(code), 2000).unref();
    })();
    return stopping;
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, pretty: config.env === 'development' });
  const db = await openDatabase(config, { entities, migrations }, log, {
    statementTimeoutMs: config.statementTimeoutMs,
    embeddedRestarts: config.embeddedRestarts,
  });
  let server: Server | undefined;
  const shutdown = shutdownHandler(log, db, config.shutdownTimeoutMs, () => server);
  // Signals are handled from here on, so even a start cut short stops the embedded database.
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('uncaughtException', (error) => {
    log.fatal({ err: error }, 'uncaught exception');
    void shutdown('uncaught exception', 1);
  });
  process.on('unhandledRejection', (error) => {
    log.fatal({ err: error }, 'unhandled promise rejection');
    void shutdown('unhandled promise rejection', 1);
  });
  // Without its database the process can do nothing: exit non-zero so that a supervisor restarts it.
  db.onFailure((error) => {
    log.fatal({ err: error }, 'the database is gone for good; exiting so that a supervisor can restart the service');
    void shutdown('database failed', 1);
  });

  try {
    if (db.embedded && config.demo && (await isEmpty(db.orm.em.fork()))) {
      log.info('empty embedded database: loading the synthetic demo area (about 10,500 plans)');
      const loaded = await loadDemoData(db.orm.em.fork(), { scale: 'demo', seed: DEMO_SEED, asOf: today() });
      log.info(loaded, 'demo data loaded');
    }
    server = await createServer({ orm: db.orm, config, log, databaseState: db.state });
    server.httpServer.listen(config.port, config.host);
    await once(server.httpServer, 'listening');
  } catch (error) {
    // Never leave an embedded PostgreSQL running behind a server that failed to start.
    log.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    await shutdown('start-up failed', 1);
    return;
  }
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info({ url, graphql: `${url}/graphql` }, `SEND QA is ready at ${url}`);
  if (db.embedded && config.demo) {
    log.info(
      `Demo mode: sign in as admin@, qa@, auditor@, dco@, commissioner@, viewer@ or qa.peterborough@example.org with the password "${DEMO_PASSWORD}"`,
    );
  }
}

main().catch((error: unknown) => {
  // Before the database is open there is nothing to stop: say why, and exit non-zero.
  console.error(error instanceof Error ? (error.stack ?? error.message) : `start-up failed: ${String(error)}`);
  process.exit(1);
});
