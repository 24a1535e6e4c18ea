import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  const required = serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch }).filter((audit) => audit.name.startsWith('MUST'));
  it('has MUST audits to run', () => expect(required.length).toBeGreaterThan(10));
  for (const audit of required) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result, 'reason' in result ? String(result.reason) : '').toMatchObject({ status: 'ok' });
    });
  }
});
