/**
 * The synthetic data every test database starts from: fixed, so that expected figures are fixed too.
 * Without the demo audit history: audit tests build the cycles they count (test/api/demo-history.test.ts
 * checks the history itself).
 */
export const FIXTURE = { scale: 'test', seed: 7, asOf: '2026-09-01', auditHistory: false } as const;
export const DEMO_PASSWORD = 'demo-password';
