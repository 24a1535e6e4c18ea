import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bool, cleanEnv, num, port, str, url } from 'envalid';

/** The repository root: relative paths in the configuration are resolved against it, whichever package runs. */
export function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the repository root (pnpm-workspace.yaml)');
    dir = parent;
  }
  return dir;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Set: connect to this PostgreSQL. Unset: start the embedded one. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  /** Demo data and demo users (known password) are loaded only into an embedded database. */
  demo: boolean;
  logLevel: string;
  sessionTtlHours: number;
  adminDist: string;
  introspection: boolean;
  exposeSqlCount: boolean;
  shutdownTimeoutMs: number;
  trustProxy: boolean;
  /** Every GraphQL request is answered (TIMEOUT if need be) and stopped by then. */
  requestTimeoutMs: number;
  /** PostgreSQL's statement_timeout on every pooled connection. */
  statementTimeoutMs: number;
  /** Largest /graphql body accepted, in bytes. */
  bodyLimitBytes: number;
  /** How often a dead embedded PostgreSQL is restarted before the server gives up and exits. */
  embeddedRestarts: number;
  /** Server processes (node:cluster workers) sharing the port; 1 serves from the main process. */
  webConcurrency: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (common in env files) means "not set", as for a missing one.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const e = cleanEnv(given, {
    NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
    HOST: str({ default: '127.0.0.1', desc: 'Address to listen on; 0.0.0.0 to accept connections from other machines' }),
    PORT: port({ default: 4000 }),
    DATABASE_URL: url({ default: undefined, desc: 'postgres://user:password@host:5432/database; unset starts the embedded PostgreSQL' }),
    DATA_DIR: str({ default: '.data', desc: 'Data directory of the embedded PostgreSQL' }),
    EMBEDDED_PG_PORT: port({ default: 54329 }),
    DEMO: bool({ default: true, desc: 'Load demo data and demo users into an empty embedded database' }),
    LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
    SESSION_TTL_HOURS: num({ default: 12 }),
    ADMIN_DIST: str({ default: 'admin/dist' }),
    GRAPHQL_INTROSPECTION: bool({ default: undefined }),
    EXPOSE_SQL_COUNT: bool({ default: false }),
    SHUTDOWN_TIMEOUT_MS: num({ default: 10_000 }),
    TRUST_PROXY: bool({ default: false }),
    REQUEST_TIMEOUT_MS: num({ default: 60_000 }),
    STATEMENT_TIMEOUT_MS: num({ default: 30_000 }),
    BODY_LIMIT_MB: num({ default: 20 }),
    EMBEDDED_PG_RESTARTS: num({ default: 5 }),
    WEB_CONCURRENCY: num({ default: 1, desc: 'Server processes sharing the port on this machine' }),
  });
  if (!(Number.isInteger(e.WEB_CONCURRENCY) && e.WEB_CONCURRENCY >= 1 && e.WEB_CONCURRENCY <= 64)) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not ${e.WEB_CONCURRENCY}`);
  }
  for (const [name, value] of Object.entries({ REQUEST_TIMEOUT_MS: e.REQUEST_TIMEOUT_MS, STATEMENT_TIMEOUT_MS: e.STATEMENT_TIMEOUT_MS, BODY_LIMIT_MB: e.BODY_LIMIT_MB })) {
    if (!(value > 0)) throw new Error(`${name} must be a positive number, not ${value}`);
  }
  const root = repositoryRoot();
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(root, e.DATA_DIR),
    embeddedPostgresPort: e.EMBEDDED_PG_PORT,
    demo: e.DATABASE_URL === undefined && e.DEMO,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    adminDist: path.resolve(root, e.ADMIN_DIST),
    introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    exposeSqlCount: e.EXPOSE_SQL_COUNT,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    trustProxy: e.TRUST_PROXY,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    bodyLimitBytes: Math.round(e.BODY_LIMIT_MB * 1024 * 1024),
    embeddedRestarts: e.EMBEDDED_PG_RESTARTS,
    webConcurrency: e.WEB_CONCURRENCY,
  };
}
