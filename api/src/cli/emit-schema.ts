import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from '../config.js';
import { printAccess, withRoleTables } from '../core/access/permissions.js';
import { buildApiSchema, printSortedSchema } from '../core/graphql/schema.js';
import { withImportTables } from '../core/imports/index.js';
import { resolvers } from '../modules.js';

/**
 * Writes schema/schema.graphql, the permissions file beside it (schema/access.json, which the admin reads
 * to show only what the API allows) and the README's role and import tables; a test fails whenever any differs from the code.
 */
const schema = await buildApiSchema(resolvers);
for (const [file, text] of [
  ['schema.graphql', printSortedSchema(schema)],
  ['access.json', printAccess(schema)],
] as const) {
  const target = path.join(repositoryRoot(), 'schema', file);
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
const readme = path.join(repositoryRoot(), 'README.md');
await writeFile(readme, withImportTables(withRoleTables(await readFile(readme, 'utf8'), schema)));
console.log(`wrote the role and import tables in ${readme}`);
