import 'reflect-metadata';
import cluster from 'node:cluster';
import { once } from 'node:events';
import { DEMO_PASSWORD } from '@send-qa/seeds';
import { migrations } from '../migrations/index.js';
import { loadConfig } from './config.js';
import { openDatabase, type Database } from './core/db/database.js';
import { today } from './core/dates.js';
import { createLogger, type Logger } from './core/logger.js';
import { isEmpty, loadDemoData } from './demo.js';
import { entities } from './modules.js';
import { createServer } from './server.js';
import { startWorkers, type Serving } from './workers.js';

const DEMO_SEED = 20240801;

/**
 * Stops everything in order: no new requests, those in flight drained (up to `drainMs`), the ORM
 * closed, the embedded PostgreSQL stopped. Past the drain deadline the database is stopped anyway:
 * whatever happens, no PostgreSQL is left running behind this process. With workers, each drains its
 * own requests first, and the primary stops the database once they have all gone.
 */
function shutdownHandler(log: Logger, db: Database, drainMs: number, getServing: () => Serving | undefined) {
  let stopping: Promise<void> | undefined;
  return (reason: string, exitCode: number): Promise<void> => {
    stopping ??= (async () => {
      log.info({ reason }, 'shutting down: finishing requests in flight');
      let code = exitCode;
      let drained = true;
      const serving = getServing();
      if (serving) {
        let timer: NodeJS.Timeout | undefined;
        const stopped = await Promise.race([
          serving.stop().catch((error: unknown) => {
            log.error({ err: error }, 'error while stopping the server');
            return false;
          }),
          new Promise<'deadline'>((resolve) => (timer = setTimeout(() => resolve('deadline'), drainMs))),
        ]);
        clearTimeout(timer);
        drained = stopped === true;
        if (stopped === 'deadline') {
          log.error({ drainMs }, 'requests still in flight at the shutdown deadline; stopping the database under them');
          serving.kill();
        } else if (!stopped) {
          log.error('the server did not stop cleanly');
        }
        if (!drained) code = 1;
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
  let serving: Serving | undefined;
  const workers = cluster.isPrimary && config.webConcurrency > 1;
  // Workers drain for SHUTDOWN_TIMEOUT_MS each and then close their pools; the primary waits that and a little more.
  const drainMs = workers ? config.shutdownTimeoutMs + 5000 : config.shutdownTimeoutMs;
  const shutdown = shutdownHandler(log, db, drainMs, () => serving);
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
    if (workers) {
      const started = startWorkers(config.webConcurrency, db.clientUrl, log);
      serving = started.serving;
      await started.ready;
    } else {
      const server = await createServer({ orm: db.orm, config, log, databaseState: db.state });
      serving = {
        stop: () => server.stop().then(() => true),
        kill: () => server.httpServer.closeAllConnections(),
      };
      server.httpServer.listen(config.port, config.host);
      await once(server.httpServer, 'listening');
    }
  } catch (error) {
    // Never leave an embedded PostgreSQL running behind a server that failed to start.
    log.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    await shutdown('start-up failed', 1);
    return;
  }
  // A worker's start is the primary's to announce.
  if (cluster.isWorker) return;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info({ url, graphql: `${url}/graphql`, processes: config.webConcurrency }, `SEND QA is ready at ${url}`);
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
