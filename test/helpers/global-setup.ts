import type { TestProject } from 'vitest/node';
import { onServer, prepareTemplate, startCluster } from './database.js';
import { FIXTURE } from './fixture.js';

declare module 'vitest' {
  export interface ProvidedContext {
    database: { serverUrl: string; template: string };
  }
}

type Shared = { serverUrl: string; template: string; stop(): Promise<void> };
/** The projects that need a database (api, e2e) share one: started by the first, stopped after the last. */
let shared: Promise<Shared> | undefined;
let users = 0;

async function start(): Promise<Shared> {
  const cluster = await startCluster();
  const template = await prepareTemplate(cluster.serverUrl, `send_qa_template_${process.pid}`, FIXTURE);
  return {
    serverUrl: cluster.serverUrl,
    template,
    async stop() {
      await onServer(cluster.serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await cluster.stop();
    },
  };
}

/**
 * One PostgreSQL for the whole run (embedded, or the server in DATABASE_URL), with a template database
 * migrated and loaded with the fixture once. Each test file then copies the template into its own
 * database, so files run in parallel without seeing each other's changes. Unit tests start none.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  users += 1;
  shared ??= start();
  const { serverUrl, template, stop } = await shared;
  project.provide('database', { serverUrl, template });
  return async () => {
    users -= 1;
    if (users === 0) await stop();
  };
}
