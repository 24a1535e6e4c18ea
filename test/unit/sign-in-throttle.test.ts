import { expect, it } from 'vitest';
import { MemorySignInThrottle } from '@send-qa/api';

const refusal = (promise: Promise<void>) => promise.then(() => null, (error: { message: string; extensions: Record<string, unknown> }) => error);

it('locks an email after its failures, even for another address, until the window passes', async () => {
  const throttle = new MemorySignInThrottle({ perEmail: 3, perAddress: 100, windowSeconds: 60 });
  for (let i = 0; i < 3; i += 1) await throttle.failed({ email: 'a@example.org', address: `10.0.0.${i}` });
  const error = await refusal(throttle.assertAllowed({ email: 'a@example.org', address: '10.0.0.9' }));
  expect(error?.extensions).toMatchObject({ code: 'THROTTLED', retryAfterSeconds: expect.any(Number) });
  expect(error?.message).toMatch(/for this email; try again in 1 minute/);
  expect(await refusal(throttle.assertAllowed({ email: 'b@example.org', address: '10.0.0.9' }))).toBeNull();
});

it('locks an address after its failures across many emails, and leaves other addresses alone', async () => {
  const throttle = new MemorySignInThrottle({ perEmail: 10, perAddress: 5, windowSeconds: 60 });
  for (let i = 0; i < 5; i += 1) await throttle.failed({ email: `guess-${i}@example.org`, address: '10.0.0.1' });
  const error = await refusal(throttle.assertAllowed({ email: 'never-tried@example.org', address: '10.0.0.1' }));
  expect(error?.extensions?.code).toBe('THROTTLED');
  expect(error?.message).toMatch(/from this address/);
  expect(await refusal(throttle.assertAllowed({ email: 'never-tried@example.org', address: '10.0.0.2' }))).toBeNull();
});

it('forgets an email’s failures once it signs in', async () => {
  const throttle = new MemorySignInThrottle({ perEmail: 2, perAddress: 100, windowSeconds: 60 });
  await throttle.failed({ email: 'a@example.org', address: '10.0.0.1' });
  await throttle.succeeded({ email: 'a@example.org', address: '10.0.0.1' });
  await throttle.failed({ email: 'a@example.org', address: '10.0.0.1' });
  expect(await refusal(throttle.assertAllowed({ email: 'a@example.org', address: '10.0.0.1' }))).toBeNull();
});
