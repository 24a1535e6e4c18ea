/**
 * The API's structure, enforced (test/unit/structure.test.ts runs these rules; `pnpm --filter @send-qa/api lint`
 * prints them): the core imports no feature, and a feature reaches another only through its index.ts, the
 * manifest that says what it offers, with no cycle between features.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-feature',
      comment: 'The core is what every feature builds on: it knows no feature and not the application that lists them (modules.ts).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/features/', '^src/(modules|demo|server|main)\\.ts$'] },
    },
    {
      name: 'feature-through-its-index',
      comment: "A feature uses another only through that feature's index.ts, never its other files.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/[^/]+/', pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'features-not-the-application',
      comment: 'A feature is listed by the application (modules.ts); it does not import it, nor the server or the command line.',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: ['^src/(modules|demo|server|main)\\.ts$', '^src/cli/'] },
    },
    {
      name: 'no-cycle-between-features',
      comment: 'Features depend on each other in one direction only, so each can be read and tested with those it builds on.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { circular: true, via: { pathNot: '^src/features/$1/' } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
