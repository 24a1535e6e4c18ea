import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repositoryRoot } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';
import { committedAccess, everyResourceInBothAuthorities, peterboroughCallers, type Access, type Caller, type Role } from '../helpers/access.js';

/**
 * Every list of the schema, generated: its page with every to-one relation (as `{ id }`) and its count
 * take at most two statements with the session lookup, the same for one row as for fifty. A list
 * read the lean way builds the page and its relations in one statement, whatever the page size, and
 * sends its count in the same statement.
 */
const MAX_STATEMENTS = 2;

let app: TestApp;
let access: Access;
let callers: Record<Role, Caller>;
beforeAll(async () => {
  app = await startApp();
  await everyResourceInBothAuthorities(app);
  access = await committedAccess();
  callers = await peterboroughCallers(app);
}, 300_000);
afterAll(async () => {
  await app?.close();
});

interface List {
  field: string;
  type: GraphQLObjectType;
}

async function lists(): Promise<List[]> {
  const schema = buildSchema(await readFile(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8'));
  const query = schema.getQueryType()!.getFields();
  return Object.values(query)
    .filter((field) => /^all[A-Z]/.test(field.name) && query[`_${field.name}Meta`] && access.resources[getNamedType(field.type).name])
    .map((field) => ({ field: field.name, type: getNamedType(field.type) as GraphQLObjectType }));
}

/** `id` and every to-one relation without arguments, asked for its id. */
function selection(type: GraphQLObjectType): string {
  const relations = Object.values(type.getFields()).filter((field) => {
    const inner = getNullableType(field.type);
    return field.args.length === 0 && !isListType(inner) && isObjectType(inner) && 'id' in inner.getFields() && access.resources[inner.name];
  });
  return ['id', ...relations.map((field) => `${field.name} { id }`)].join(' ');
}

it('reads every list page, its to-one relations and its count in at most two statements, for one row as for fifty', async () => {
  const found = await lists();
  expect(found.length).toBeGreaterThan(25);
  const counted: string[] = [];
  for (const { field, type } of found) {
    const role = access.resources[type.name]!.list[0];
    if (!role) continue;
    const query = `query ($perPage: Int) { ${field}(perPage: $perPage) { ${selection(type)} } _${field}Meta { count } }`;
    const statements = async (perPage: number) => {
      const result = await app.graphql(query, { perPage }, callers[role].token);
      expect(result.errors, `${field} as ${role}`).toBeUndefined();
      return { rows: (result.data![field] as unknown[]).length, statements: Number(result.headers.get('x-sql-statements')) };
    };
    const one = await statements(1);
    const fifty = await statements(50);
    counted.push(`${field} ${one.statements}/${fifty.statements} (${fifty.rows} rows)`);
    expect.soft(one.rows, `${field} as ${role} has a record to read`).toBe(1);
    expect.soft(one.statements, `${field} as ${role}`).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect.soft(fifty.statements, `${field} as ${role}, ${fifty.rows} rows`).toBe(one.statements);
  }
  console.log(`lists: ${counted.length} checked (${counted.join(', ')})`);
});
