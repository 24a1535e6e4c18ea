import type { TestProject } from 'vitest/node';
import { onServer, prepareTemplate, startCluster } from './database.js';
import { FIXTURE } from './fixture.js';

declare module 'vitest' {
  export interface ProvidedContext {
    database: { serverUrl: string; template: string };
  }
}

/**
 * One PostgreSQL for the whole run (embedded, or the server in DATABASE_URL), with a template database
 * migrated and loaded with the fixture once. Each test file then copies the template into its own
 * database, so files run in parallel without seeing each other's changes.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startCluster();
  const template = await prepareTemplate(cluster.serverUrl, `send_qa_template_${process.pid}`, FIXTURE);
  project.provide('database', { serverUrl: cluster.serverUrl, template });
  return async () => {
    await onServer(cluster.serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await cluster.stop();
  };
}
