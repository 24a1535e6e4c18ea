import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, isListType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repositoryRoot } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';
import { committedAccess, type Access, everyResourceInBothAuthorities, peterboroughCallers, ROLES, userIn, type Caller, type Role } from '../helpers/access.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * Every relation of every type, generated from the schema: a Peterborough record is made to point at a
 * Cambridgeshire one (or a Cambridgeshire one at it), and a Peterborough-only reader who sees the parent
 * asks for the relation, directly and through a list. The answer holds nothing of the Cambridgeshire
 * record: null, left out of the list, or (for a relation that can never rightly point elsewhere) the
 * parent itself withheld with an internal error. The data is put back after each.
 */

/** Relations that no Peterborough reader can see with a Cambridgeshire record at the other end, and why. */
const NOT_HIDEABLE: Record<string, string> = {
  localAuthority: "a record's authority is one the caller holds, or the record itself is hidden (the access matrix covers that)",
};
/** A table whose unique key would refuse every move, and the column that keeps a moved row apart meanwhile. */
const APART: Record<string, { set: string; undo: string }> = {
  // Every authority's rubric has a version 1.
  rubric_version: { set: ', number = number + 1000', undo: ', number = number - 1000' },
};
/** Settings are public reference data: anyone signed in reads every authority's settings, by design. */
const PUBLIC = new Set(['Setting']);
/** Fields of types that are not stored records: the guard checks what they answer like any other field. */
const NOT_STORED: Record<string, string> = {
  'SignIn.user': 'the user who has just signed in (test/api/access-scenarios.test.ts)',
  'ReturnRegisterEntry.setting': 'a setting, public',
  'ReturnRegisterEntry.schoolReturn': "a return of the caller's own authority, asked for by authority (FORBIDDEN for another)",
  'PartTimeImportReport.schoolReturn': "the return just imported into the caller's own authority",
  'ImportResult.importRun': "the import just confirmed in the caller's own authority (test/api/imports.test.ts)",
  'CriterionFinding.shortfalls': 'the audits behind a criterion, read through the audits\' own scope, none for a board member (test/api/criterion-findings.test.ts)',
  'WorkItem.assignee': "the user the work waits on: the caller, or for a manager a colleague of the caller's authority (test/api/my-work.test.ts)",
  'TeamMemberWork.user': "a colleague of the caller's authority whose work a manager reads (test/api/my-work.test.ts)",
};

/** What the test reads of MikroORM's metadata for an entity (the kinds are MikroORM's ReferenceKind values). */
interface Property {
  kind: string;
  type: string;
  fieldNames: string[];
  mappedBy: string;
  pivotTable: string;
  joinColumns: string[];
  inverseJoinColumns: string[];
}
interface Metadata {
  tableName: string;
  properties: Record<string, Property>;
}
const MANY_TO_ONE = 'm:1';
const ONE_TO_MANY = '1:m';
const MANY_TO_MANY = 'm:n';

let app: TestApp;
let access: Access;
let callers: Record<Role, Caller>;
let cambridgeshireUser: Caller;
let authorities: { cam: string; pet: string };

beforeAll(async () => {
  app = await startApp();
  access = await committedAccess();
  await everyResourceInBothAuthorities(app);
  callers = await peterboroughCallers(app);
  // Someone who works in Cambridgeshire only: no Peterborough reader may see them.
  cambridgeshireUser = await userIn(app, 'auditor.873@access.test', ['AUDITOR'], '873');
  authorities = { cam: await localAuthorityId(app, '873'), pet: await localAuthorityId(app, '874') };
}, 240_000);
afterAll(async () => {
  await app?.close();
});

interface Relation {
  parent: string;
  field: string;
  target: string;
  nonNull: boolean;
  list: boolean;
}

function relations(access: Access, types: Record<string, GraphQLObjectType>): Relation[] {
  const found: Relation[] = [];
  for (const type of Object.values(types)) {
    if (['Query', 'Mutation'].includes(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type).name;
      if (!access.resources[target]) continue;
      const list = isListType(getNullableType(field.type));
      found.push({ parent: type.name, field: field.name, target, nonNull: isNonNullType(field.type) && !list, list });
    }
  }
  return found;
}

async function ids(app: TestApp, table: string, [authority]: [string]): Promise<string[]> {
  const rows = await app.sql<{ id: string }>(`select id from ${table} where local_authority_id = $1 order by id limit 12`, [authority]);
  if (rows.length === 0) throw new Error(`no row in ${table} for ${authority}`);
  return rows.map((row) => row.id);
}

/** A reader in Peterborough whose role reads the parent (and the target, where any role can). */
function readerOf(parent: string, target: string): Caller {
  const reads = (name: string) => access.resources[name]!.list;
  const role = ROLES.find((r) => reads(parent).includes(r) && access.resources[target]!.read.includes(r)) ?? ROLES.find((r) => reads(parent).includes(r))!;
  return callers[role];
}

it(
  'answers nothing of a record the caller may not see, through every relation of every type, directly and in a list',
  async () => {
    const schema = buildSchema(await readFile(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8'));
    const types = Object.fromEntries(Object.entries(schema.getTypeMap()).filter(([name, t]) => isObjectType(t) && !name.startsWith('__'))) as Record<string, GraphQLObjectType>;
    const all = relations(access, types);
    const unstored = all.filter((r) => !access.resources[r.parent]).map((r) => `${r.parent}.${r.field}`);
    // A new relation on a type that is not a stored record needs its reason here.
    expect(unstored.sort()).toEqual(Object.keys(NOT_STORED).sort());

    const metadata = app.db.orm.getMetadata();
    const checked: string[] = [];
    const skipped: string[] = [];
    for (const relation of all.filter((r) => access.resources[r.parent])) {
      const name = `${relation.parent}.${relation.field}`;
      const parentMeta = metadata.find(relation.parent) as unknown as Metadata;
      const targetMeta = metadata.find(relation.target) as unknown as Metadata;
      if (PUBLIC.has(relation.target)) {
        skipped.push(`${name}: settings are public`);
        continue;
      }
      if (NOT_HIDEABLE[relation.field] && relation.parent !== 'Setting') {
        skipped.push(`${name}: ${NOT_HIDEABLE[relation.field]}`);
        continue;
      }
      const own = parentMeta.properties[relation.field] as Property | undefined;
      // A list that is not an ORM collection (a rubric's versions) is the children that point at the parent.
      const inverse = own ? undefined : Object.values(targetMeta.properties).find((p) => p.kind === MANY_TO_ONE && p.type === relation.parent);
      const parentTable = parentMeta.tableName;
      const targetTable = targetMeta.tableName;
      // Parents: Peterborough records (Cambridgeshire settings, for a setting's own authority).
      const parents =
        relation.parent === 'User'
          ? [callers.VIEWER.id]
          : await ids(app, parentTable, [relation.parent === 'Setting' ? authorities.cam : authorities.pet]);
      // Hidden records: Cambridgeshire's, or someone only Cambridgeshire staff may see.
      const hiddens = relation.target === 'User' ? [cambridgeshireUser.id] : relation.target === 'LocalAuthority' ? [authorities.cam] : await ids(app, targetTable, [authorities.cam]);

      /** Points the parent at the hidden record (or the hidden record at the parent), returning how to undo it. */
      const pointElsewhere = async (parentId: string, hiddenId: string): Promise<() => Promise<unknown>> => {
        if (relation.parent === 'Setting' && relation.field === 'localAuthority') return async () => undefined;
        if (own?.kind === MANY_TO_ONE) {
          const column = own.fieldNames[0]!;
          const [before] = await app.sql<{ value: string | null }>(`select ${column} as value from ${parentTable} where id = $1`, [parentId]);
          const apart = APART[parentTable];
          await app.sql(`update ${parentTable} set ${column} = $1${apart?.set ?? ''} where id = $2`, [hiddenId, parentId]);
          return () => app.sql(`update ${parentTable} set ${column} = $1${apart?.undo ?? ''} where id = $2`, [before!.value, parentId]);
        }
        if (own?.kind === ONE_TO_MANY || inverse) {
          const column = (inverse ?? targetMeta.properties[own!.mappedBy]!).fieldNames[0]!;
          const [before] = await app.sql<{ value: string }>(`select ${column} as value from ${targetTable} where id = $1`, [hiddenId]);
          const apart = APART[targetTable];
          await app.sql(`update ${targetTable} set ${column} = $1${apart?.set ?? ''} where id = $2`, [parentId, hiddenId]);
          return () => app.sql(`update ${targetTable} set ${column} = $1${apart?.undo ?? ''} where id = $2`, [before!.value, hiddenId]);
        }
        if (own?.kind === MANY_TO_MANY) {
          const [ownerColumn, targetColumn] = [own.joinColumns[0]!, own.inverseJoinColumns[0]!];
          await app.sql(`insert into ${own.pivotTable} (${ownerColumn}, ${targetColumn}) values ($1, $2)`, [parentId, hiddenId]);
          return () => app.sql(`delete from ${own.pivotTable} where ${ownerColumn} = $1 and ${targetColumn} = $2`, [parentId, hiddenId]);
        }
        throw new Error(`${name}: not a relation the test knows how to point elsewhere`);
      };
      // The first pair that no unique key forbids (two values of one KPI for one period, say).
      let chosen: { parentId: string; hiddenId: string; undo: () => Promise<unknown> } | undefined;
      for (const parentId of parents) {
        for (const hiddenId of hiddens) {
          try {
            chosen = { parentId, hiddenId, undo: await pointElsewhere(parentId, hiddenId) };
          } catch (error) {
            if ((error as { code?: string }).code !== '23505') throw error;
          }
          if (chosen) break;
        }
        if (chosen) break;
      }
      if (!chosen) throw new Error(`${name}: every pair clashes with a unique key`);
      const { parentId, hiddenId, undo } = chosen;

      try {
        const reader = readerOf(relation.parent, relation.target);
        const plural = Object.keys(access.operations.query).find((op) => access.operations.query[op]!.resource === relation.parent && /^all/.test(op))!;
        const one = await app.graphql(`query ($id: UUID!) { ${relation.parent}(id: $id) { id ${relation.field} { id } } }`, { id: parentId }, reader.token);
        const many = await app.graphql(`query ($ids: [UUID!]) { ${plural}(filter: { ids: $ids }) { id ${relation.field} { id } } }`, { ids: [parentId] }, reader.token);
        for (const [path, response] of [['direct', one], ['list', many]] as const) {
          expect([name, path, JSON.stringify(response.data ?? null).includes(hiddenId)]).toEqual([name, path, false]);
          const record = path === 'direct' ? response.data?.[relation.parent] : response.data?.[plural]?.[0];
          if (relation.nonNull) {
            // A relation that can never rightly point elsewhere: data that does is an internal fault, and
            // the parent is withheld with the error rather than shown without the record it names.
            expect([name, path, record ?? null, response.errors?.[0]?.extensions?.code]).toEqual([name, path, null, 'INTERNAL_SERVER_ERROR']);
          } else {
            expect([name, path, response.errors ?? null]).toEqual([name, path, null]);
            const value = record?.[relation.field];
            expect([name, path, relation.list ? (value as { id: string }[]).map((r) => r.id).includes(hiddenId) : value]).toEqual([name, path, relation.list ? false : null]);
          }
        }
        checked.push(name);
      } finally {
        await undo();
      }
    }
    const reasons = new Map<string, string[]>();
    for (const line of [...skipped, ...unstored.map((u) => `${u}: ${NOT_STORED[u]}`)]) {
      const [field, reason] = [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)];
      reasons.set(reason, [...(reasons.get(reason) ?? []), field]);
    }
    console.log(
      `relations: ${all.length} in the schema, ${checked.length} checked with a hidden record at the other end; the rest by reason:\n${[...reasons]
        .map(([reason, fields]) => `  ${fields.length} (${fields.slice(0, 3).join(', ')}${fields.length > 3 ? ', ...' : ''}): ${reason}`)
        .join('\n')}`,
    );
    expect(checked.length).toBeGreaterThan(30);
  },
  240_000,
);

it('answers a board member no record about a child through any relation of the records they may list, directly or in a list', async () => {
  const schema = buildSchema(await readFile(path.join(repositoryRoot(), 'schema', 'schema.graphql'), 'utf8'));
  const types = Object.fromEntries(Object.entries(schema.getTypeMap()).filter(([name, t]) => isObjectType(t) && !name.startsWith('__'))) as Record<string, GraphQLObjectType>;
  const board = callers.BOARD_MEMBER;
  const listable = (name: string) => access.resources[name]?.list.includes('BOARD_MEMBER') ?? false;
  const reachable = relations(access, types).filter((r) => listable(r.parent));
  const problems: string[] = [];
  let closed = 0;
  for (const relation of reachable) {
    const name = `${relation.parent}.${relation.field}`;
    const plural = Object.keys(access.operations.query).find((op) => access.operations.query[op]!.resource === relation.parent && /^all/.test(op))!;
    const many = await app.graphql(`{ ${plural}(perPage: 50) { id ${relation.field} { __typename id } } }`, {}, board.token);
    const records = (many.data?.[plural] ?? []) as Record<string, unknown>[];
    const [first] = records;
    const one = first ? await app.graphql(`query ($id: UUID!) { ${relation.parent}(id: $id) { id ${relation.field} { __typename id } } }`, { id: first.id }, board.token) : null;
    for (const [path, response, found] of [['list', many, records], ['direct', one, one ? [one.data?.[relation.parent]] : []]] as const) {
      if (!response) continue;
      if (response.errors) problems.push(`${name} (${path}): ${JSON.stringify(response.errors)}`);
      // Whatever the relation is, only records of resources a board member reads may come back.
      const reached = (found as (Record<string, unknown> | null)[]).flatMap((record) => [record?.[relation.field] ?? []].flat()) as { __typename: string }[];
      const unreadable = reached.filter((record) => !access.resources[record.__typename]!.read.includes('BOARD_MEMBER'));
      if (unreadable.length > 0) problems.push(`${name} (${path}): ${unreadable.length} ${unreadable[0]!.__typename} record(s)`);
    }
    if (!access.resources[relation.target]!.read.includes('BOARD_MEMBER')) closed += 1;
  }
  console.log(`board member: ${reachable.length} relations of the records they may list asked for, ${closed} of them to records they may not read`);
  expect(problems).toEqual([]);
  expect(reachable.length).toBeGreaterThan(5);
}, 120_000);
