import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { DEMO_PASSWORD } from '../helpers/fixture.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const login = (email: string, password: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } }));

// 200 argon2 verifications on a two-core machine that may be running other suites: bounded, not fast.
it('answers 200 concurrent failed sign-ins with UNAUTHENTICATED or THROTTLED only, while /readyz keeps answering', async () => {
  const storm = Array.from({ length: 200 }, (_, i) => login(`nobody-${i % 20}@example.org`, `guess-${i}`));
  // Readiness asked all through the storm: each answer within its own one-second check, and ready.
  const readiness: { status: number; ms: number }[] = [];
  let stormOver = false;
  const watching = (async () => {
    while (!stormOver) {
      const started = Date.now();
      const status = await fetch(`${app.url}/readyz`).then((r) => r.status);
      readiness.push({ status, ms: Date.now() - started });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const answers = await Promise.all(storm);
  stormOver = true;
  await watching;

  const codes = new Map<string, number>();
  for (const { body } of answers) {
    const code = body.errors?.[0]?.extensions?.code ?? 'NONE';
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  console.log(`200 failed sign-ins: ${JSON.stringify(Object.fromEntries(codes))}; /readyz asked ${readiness.length} times, slowest ${Math.max(...readiness.map((r) => r.ms))} ms`);
  expect([...codes.keys()].filter((code) => code !== 'UNAUTHENTICATED' && code !== 'THROTTLED')).toEqual([]);
  expect(codes.get('THROTTLED') ?? 0).toBeGreaterThan(0);
  expect(readiness.length).toBeGreaterThan(0);
  expect(readiness.every((r) => r.status === 200)).toBe(true);
  // Generous: the check's own deadline is one second; a loaded CI machine gets room beyond it.
  expect(Math.max(...readiness.map((r) => r.ms))).toBeLessThan(5000);

  // Right after the storm, a real user signs in (the queue drained; their email was never guessed at)...
  const after = await login('viewer@example.org', DEMO_PASSWORD);
  expect(after.body.errors).toBeUndefined();
}, 120_000);
