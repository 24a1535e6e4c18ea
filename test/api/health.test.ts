import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { onServer, withDatabaseName } from '../helpers/database.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

it('answers /healthz and /readyz while the database answers, and carries a request id', async () => {
  const health = await fetch(`${app.url}/healthz`);
  expect(health.status).toBe(200);
  const ready = await fetch(`${app.url}/readyz`, { headers: { 'x-request-id': 'probe-123' } });
  expect(ready.status).toBe(200);
  expect(ready.headers.get('x-request-id')).toBe('probe-123');
});

it('reports not ready, while still alive, when the database stops answering, and recovers', async () => {
  const database = new URL(app.databaseUrl).pathname.slice(1);
  const server = withDatabaseName(app.databaseUrl, 'postgres');
  await onServer(
    server,
    `alter database "${database}" with allow_connections false`,
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}'`,
  );
  try {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  } finally {
    await onServer(server, `alter database "${database}" with allow_connections true`);
  }
  expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
});
