import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApiSchema, printSortedSchema, repositoryRoot, resolvers } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';

const committed = () => readFile(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8');

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

it('the committed schema/schema.graphql is what the code builds (run `pnpm schema` after changing the API)', async () => {
  expect(printSortedSchema(await buildApiSchema(resolvers))).toBe(await committed());
});

it('the committed schema is what the running server exposes', async () => {
  const token = await app.login('viewer@example.org');
  const result = await app.graphql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }), {}, token);
  expect(result.errors).toBeUndefined();
  expect(printSortedSchema(buildClientSchema(result.data!))).toBe(await committed());
});
