import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApiSchema, printAccess, printSortedSchema, repositoryRoot, resolvers, withImportTables, withRoleTables } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';

const committed = (file = 'schema.graphql') => readFile(path.join(repositoryRoot(), 'schema', file), 'utf8');

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

it('the committed permissions file, schema/access.json, is what the code enforces (run `pnpm schema` after changing who may do what)', async () => {
  expect(printAccess(await buildApiSchema(resolvers))).toBe(await committed('access.json'));
});

it("the README's role tables are what the code enforces (run `pnpm schema` to rewrite them)", async () => {
  const readme = await readFile(path.join(repositoryRoot(), 'README.md'), 'utf8');
  expect(withRoleTables(readme, await buildApiSchema(resolvers))).toBe(readme);
});

it('the committed schema is what the running server exposes', async () => {
  const token = await app.login('viewer@example.org');
  const result = await app.graphql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }), {}, token);
  expect(result.errors).toBeUndefined();
  expect(printSortedSchema(buildClientSchema(result.data!))).toBe(await committed());
});

it("the README's import tables are the import kinds' columns (run `pnpm schema` to rewrite them)", async () => {
  const readme = await readFile(path.join(repositoryRoot(), 'README.md'), 'utf8');
  expect(withImportTables(readme)).toBe(readme);
});
