import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from '../config.js';
import { buildApiSchema, printSortedSchema } from '../core/graphql/schema.js';
import { resolvers } from '../modules.js';

/** Writes schema/schema.graphql; a test fails whenever the committed file differs from the code. */
const target = path.join(repositoryRoot(), 'schema', 'schema.graphql');
await writeFile(target, printSortedSchema(await buildApiSchema(resolvers)));
console.log(`wrote ${target}`);
