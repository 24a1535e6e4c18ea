import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createLogger, createServer, entities, migrations, openDatabase, repositoryRoot, type Database, type ServerOptions } from '@send-qa/api';
import path from 'node:path';
import { onServer, sql, withDatabaseName } from './database.js';
import { DEMO_PASSWORD } from './fixture.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; rule: string; message: string }[]; [key: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  db: Database;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  /** Signs in a fixture user (password `demo-password`) and returns the bearer token. */
  login(email: string): Promise<string>;
  /** Rows straight from this app's database, to compare the API with. */
  sql<T extends Record<string, any>>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The real application, on its own copy of the fixture database, listening on a free loopback port. */
export async function startApp(
  options: {
    adminDist?: string;
    database?: { serverUrl: string; template: string };
    /** The server's own limits, where a test needs them small. */
    limits?: Partial<Pick<ServerOptions['config'], 'requestTimeoutMs' | 'bodyLimitBytes'>>;
    statementTimeoutMs?: number;
  } = {},
): Promise<TestApp> {
  // Under vitest the database comes from the global setup; benchmarks pass their own.
  const { serverUrl, template } = options.database ?? (await import('vitest')).inject('database');
  const name = `send_qa_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const databaseUrl = withDatabaseName(serverUrl, name);
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false });
  const db = await openDatabase({ databaseUrl, dataDir: '', embeddedPostgresPort: 0 }, { entities, migrations }, log, {
    statementTimeoutMs: options.statementTimeoutMs ?? 30_000,
  });
  const server = await createServer({
    orm: db.orm,
    config: {
      introspection: true,
      exposeSqlCount: true,
      sessionTtlHours: 1,
      adminDist: options.adminDist ?? path.join(repositoryRoot(), 'admin', 'dist-missing'),
      trustProxy: false,
      requestTimeoutMs: 60_000,
      bodyLimitBytes: 20 * 1024 * 1024,
      ...options.limits,
    },
    log,
  });
  server.httpServer.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.httpServer.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;

  const graphql: TestApp['graphql'] = async (query, variables = {}, token = null) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  };

  return {
    url,
    databaseUrl,
    db,
    graphql,
    async login(email) {
      const result = await graphql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password: DEMO_PASSWORD },
      );
      if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    sql: (text, values) => sql(databaseUrl, text, values),
    async close() {
      await server.stop();
      await db.close();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
