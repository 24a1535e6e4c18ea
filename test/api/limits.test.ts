import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startApp();
  token = await app.login('viewer@example.org');
});
afterAll(async () => {
  await app?.close();
});

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: _allPlansMeta { count }`).join(' ')} }`;

it('answers an operation with up to 15 aliases and refuses one with more, before running it', async () => {
  const allowed = await app.graphql(aliases(15), {}, token);
  expect(allowed.errors).toBeUndefined();
  expect(Object.keys(allowed.data ?? {})).toHaveLength(15);

  const refused = await app.graphql(aliases(16), {}, token);
  expect(refused.status).toBe(400);
  expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(refused.errors?.[0]?.message).toMatch(/aliases/i);
});

it('refuses an operation too long to be anything but an attack', async () => {
  const huge = `{ ${Array.from({ length: 1200 }, () => 'me { id }').join(' ')} }`;
  const refused = await app.graphql(huge, {}, token);
  expect(refused.errors?.[0]?.message).toMatch(/token/i);
});

it('sends security headers with every page of the admin and every API response', async () => {
  const response = await fetch(`${app.url}/healthz`);
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-powered-by')).toBeNull();
});

it('tells every cache not to keep a GraphQL answer, refused or not', async () => {
  const answered = await app.graphql('{ me { id } }', {}, token);
  expect(answered.errors).toBeUndefined();
  expect(answered.headers.get('cache-control')).toBe('no-store');
  const refused = await app.graphql('{ me { id } }', {});
  expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(refused.headers.get('cache-control')).toBe('no-store');
});
