import 'reflect-metadata';
import { migrations } from '../../migrations/index.js';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../core/db/database.js';
import { createLogger, type Logger } from '../core/logger.js';
import { entities } from '../modules.js';

/** Opens the configured database (migrated) for a one-off command, and always closes it. */
export async function withDatabase(task: (db: Database, config: Config, log: Logger) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, pretty: process.stdout.isTTY });
  let db: Database | undefined;
  try {
    db = await openDatabase(config, { entities, migrations }, log);
    await task(db, config, log);
  } catch (error) {
    log.error({ err: error }, error instanceof Error ? error.message : 'failed');
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
