import 'reflect-metadata';
import { once } from 'node:events';
import { DEMO_PASSWORD } from '@send-qa/seeds';
import { migrations } from '../migrations/index.js';
import { loadConfig } from './config.js';
import { openDatabase } from './core/db/database.js';
import { today } from './core/dates.js';
import { createLogger } from './core/logger.js';
import { isEmpty, loadDemoData } from './demo.js';
import { entities } from './modules.js';
import { createServer, type Server } from './server.js';

const DEMO_SEED = 20240801;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, pretty: config.env === 'development' });
  const db = await openDatabase(config, { entities, migrations }, log);

  if (db.embedded && config.demo && (await isEmpty(db.orm.em.fork()))) {
    log.info('empty embedded database: loading the synthetic demo area (about 10,500 plans)');
    const loaded = await loadDemoData(db.orm.em.fork(), { scale: 'demo', seed: DEMO_SEED, asOf: today() });
    log.info(loaded, 'demo data loaded');
  }

  let server: Server;
  try {
    server = await createServer({ orm: db.orm, config, log });
    server.httpServer.listen(config.port, config.host);
    await once(server.httpServer, 'listening');
  } catch (error) {
    // Never leave an embedded PostgreSQL running behind a server that failed to start.
    await db.close();
    throw error;
  }
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info({ url, graphql: `${url}/graphql` }, `SEND QA is ready at ${url}`);
  if (db.embedded && config.demo) {
    log.info(
      `Demo mode: sign in as admin@, qa@, auditor@, dco@, commissioner@, viewer@ or qa.peterborough@example.org with the password "${DEMO_PASSWORD}"`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    try {
      await server.stop();
      await db.close();
      log.info('stopped cleanly');
      // No process.exit here: the log transport gets to flush, and the process ends with its event loop.
    } catch (error) {
      log.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  // Shutdown order matters: stop taking requests and drain, close the ORM, then stop the database.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
