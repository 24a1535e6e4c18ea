/** The synthetic data every test database starts from: fixed, so that expected figures are fixed too. */
export const FIXTURE = { scale: 'test', seed: 7, asOf: '2026-09-01' } as const;
export const DEMO_PASSWORD = 'demo-password';
