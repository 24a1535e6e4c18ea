import { afterAll, beforeAll, expect, it } from 'vitest';
import { PostgresSignInThrottle, type SignInLimits } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';

// The throttle on the database every server process shares (table sign_in_throttle); each test its own limits.
let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});
const throttleWith = (limits: SignInLimits) => new PostgresSignInThrottle(app.db.orm.em.getConnection().getKnex(), limits);

const refusal = (promise: Promise<void>) => promise.then(() => null, (error: { message: string; extensions: Record<string, unknown> }) => error);

it('locks an email after its failures, even for another address, until the window passes', async () => {
  const throttle = throttleWith({ perEmail: 3, perAddress: 100, windowSeconds: 60 });
  for (let i = 0; i < 3; i += 1) await throttle.failed({ email: 'a@example.org', address: `10.0.0.${i}` });
  const error = await refusal(throttle.assertAllowed({ email: 'a@example.org', address: '10.0.0.9' }));
  expect(error?.extensions).toMatchObject({ code: 'THROTTLED', retryAfterSeconds: expect.any(Number) });
  expect(error?.message).toMatch(/for this email; try again in 1 minute/);
  expect(await refusal(throttle.assertAllowed({ email: 'b@example.org', address: '10.0.0.9' }))).toBeNull();
});

it('locks an address after its failures across many emails, and leaves other addresses alone', async () => {
  const throttle = throttleWith({ perEmail: 10, perAddress: 5, windowSeconds: 60 });
  for (let i = 0; i < 5; i += 1) await throttle.failed({ email: `guess-${i}@example.org`, address: '10.0.1.1' });
  const error = await refusal(throttle.assertAllowed({ email: 'never-tried@example.org', address: '10.0.1.1' }));
  expect(error?.extensions?.code).toBe('THROTTLED');
  expect(error?.message).toMatch(/from this address/);
  expect(await refusal(throttle.assertAllowed({ email: 'never-tried@example.org', address: '10.0.1.2' }))).toBeNull();
});

it('forgets an email’s failures once it signs in', async () => {
  const throttle = throttleWith({ perEmail: 2, perAddress: 100, windowSeconds: 60 });
  await throttle.failed({ email: 'c@example.org', address: '10.0.2.1' });
  await throttle.succeeded({ email: 'c@example.org', address: '10.0.2.1' });
  await throttle.failed({ email: 'c@example.org', address: '10.0.2.1' });
  expect(await refusal(throttle.assertAllowed({ email: 'c@example.org', address: '10.0.2.1' }))).toBeNull();
});

it('keeps neither emails nor addresses in clear, and counts in one row per email and per address', async () => {
  const throttle = throttleWith({ perEmail: 5, perAddress: 50, windowSeconds: 60 });
  for (let i = 0; i < 4; i += 1) await throttle.failed({ email: 'kept@example.org', address: '10.9.9.9' });
  const rows = await app.sql<{ key: string; points: number }>("select key, points from sign_in_throttle where points = 4");
  expect(rows).toHaveLength(2);
  expect(rows.map((row) => row.key).join(' ')).not.toMatch(/kept|10\.9/);
});
