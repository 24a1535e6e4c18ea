import { expect, inject, it } from 'vitest';
import { pgArray } from '../../api/src/core/db/sql.js';
import { sql } from '../helpers/database.js';

const { serverUrl } = inject('database');

it('pgArray hands PostgreSQL every value as it was, commas, braces, quotes and backslashes included', async () => {
  const values = ['plain', 'a,b', '{braced}', 'say "hi"', 'back\\slash', '', 'NULL', ' spaced '];
  const rows = await sql<{ value: string }>(serverUrl, 'select unnest($1::text[]) as value', [pgArray(values)]);
  expect(rows.map((row) => row.value)).toEqual(values);
  const ids = await sql<{ id: string }>(serverUrl, 'select unnest($1::uuid[])::text as id', [pgArray(['00000000-0000-4000-8000-000000000001'])]);
  expect(ids).toEqual([{ id: '00000000-0000-4000-8000-000000000001' }]);
  expect(await sql(serverUrl, 'select cardinality($1::uuid[]) as n', [pgArray([])])).toEqual([{ n: 0 }]);
});
