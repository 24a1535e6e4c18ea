import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** How unit and API files share the machine (see `projects`). */
const together = { isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 } };

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: [
      // Tests run the application from its TypeScript sources, not from a possibly stale build.
      { find: '@send-qa/api', replacement: source('../api/src/index.ts') },
      { find: '@send-qa/seeds', replacement: source('../seeds/src/index.ts') },
      // Node loads graphql's CommonJS entry for Apollo, type-graphql and graphql-scalars; Vite would pick the
      // .mjs one for our sources. Two copies break every instanceof check, so everything gets the one Node uses.
      { find: /^graphql$/, replacement: require.resolve('graphql') },
    ],
  },
  test: {
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // `vitest run --project unit` runs the rules and calculations alone, without starting PostgreSQL.
    // Unit and API files run first, two at a time, each worker reusing its loaded modules across files (each file
    // starts its own app and database, so nothing carries over but the code): loading the API afresh per file cost
    // more than the tests. Browser files then run two at a time: the walk (the largest file, so it starts first)
    // beside the others one after another, which together take about as long as it does. A third browser worker
    // was tried and saturated the two cores: screens and servers then outlasted their deadlines.
    projects: [
      { extends: true, test: { name: 'unit', include: ['unit/**/*.test.ts'], ...together } },
      { extends: true, test: { name: 'api', include: ['api/**/*.test.ts'], globalSetup: ['./helpers/global-setup.ts'], ...together } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./helpers/global-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          // A screen on a loaded two-core machine can take seconds to answer; expect.poll's 1 s default read that as a
          // fault (a filtered history list still showing its unfiltered rows), so a poll waits as long as a locator does.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
