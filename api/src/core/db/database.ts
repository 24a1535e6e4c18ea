import { MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createOrmConfig, type OrmConfigOptions } from './orm-config.js';

const EMBEDDED_DATABASE = 'send_qa';

export interface Database {
  orm: MikroORM;
  embedded: boolean;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL when there is none, and brings the schema up to date. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
  app: Pick<OrmConfigOptions, 'entities' | 'migrations'>,
  log: Logger,
): Promise<Database> {
  let clientUrl = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!clientUrl) {
    const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log });
    await server.createDatabase(EMBEDDED_DATABASE);
    clientUrl = server.urlFor(EMBEDDED_DATABASE);
    stopEmbedded = () => server.stop();
  }
  try {
    const orm = await MikroORM.init(createOrmConfig({ clientUrl, ...app, log }));
    await migrate(orm, app.migrations, log);
    return {
      orm,
      embedded: stopEmbedded !== undefined,
      async close() {
        await orm.close();
        await stopEmbedded?.();
      },
    };
  } catch (error) {
    await stopEmbedded?.();
    throw error;
  }
}

export async function migrate(orm: MikroORM, migrations: MigrationObject[], log: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  else log.debug({ known: migrations.length }, 'database schema up to date');
}
