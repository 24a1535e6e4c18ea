import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { getNamedType, isNonNullType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApiSchema, resolvers } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';
import { argumentsFor, operationFor, typeNamed, type IdPool } from '../helpers/fuzz.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { userIn } from '../helpers/access.js';

/**
 * No mutation tells a caller whether a record outside their authorities exists: for every mutation and
 * every record it names by id, a Cambridgeshire record the Peterborough QA officer cannot see gets the
 * same answer as an id that names nothing, whatever the other arguments (generated from the schema).
 * The same for a Peterborough board member, who may see no record about a child even in Peterborough.
 */
const SAMPLES = 3;

let app: TestApp;
const pool: IdPool = { byType: new Map(), all: [] };
interface Caller {
  who: string;
  token: string;
  /** A record of each type the caller does not see: Cambridgeshire's, and for the board member any record about a child. */
  hidden: Map<string, string>;
}
const callers: Caller[] = [];

beforeAll(async () => {
  app = await startApp();
  callers.push({ who: 'QA officer', token: await app.login('qa.peterborough@example.org'), hidden: new Map() });
  callers.push({ who: 'board member', token: (await userIn(app, 'board.874@oracles.test', ['BOARD_MEMBER'])).token, hidden: new Map() });
  const cambridgeshire = await localAuthorityId(app, '873');
  const peterborough = await localAuthorityId(app, '874');
  for (const meta of Object.values(app.db.orm.getMetadata().getAll())) {
    if (meta.abstract || meta.embeddable || meta.pivotTable || meta.primaryKeys.join() !== 'id') continue;
    const own = meta.properties.localAuthority ? 'local_authority_id = $1' : meta.className === 'LocalAuthority' ? 'id = $1' : null;
    if (!own) continue;
    const visible = await app.sql<{ id: string }>(`select id::text as id from "${meta.tableName}" where ${own} order by id limit 5`, [peterborough]);
    pool.byType.set(meta.className, visible.map((r) => r.id));
    pool.all.push(...visible.map((r) => r.id));
    const [foreign] = await app.sql<{ id: string }>(`select id::text as id from "${meta.tableName}" where ${own} order by id limit 1`, [cambridgeshire]);
    if (!foreign) continue;
    for (const caller of callers) {
      // Only records the caller truly cannot see: settings, say, are public reference data. A resource
      // the caller's role may not read at all is refused by role, whoever holds the record.
      const read = await app.graphql(`query ($id: UUID!) { ${meta.className}(id: $id) { id } }`, { id: foreign.id }, caller.token);
      if (['NOT_FOUND', 'FORBIDDEN'].includes(String(read.errors?.[0]?.extensions?.code))) caller.hidden.set(meta.className, foreign.id);
    }
  }
  for (const caller of callers) expect([caller.who, caller.hidden.size > 10]).toEqual([caller.who, true]);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

/** The answer with the ids asked about taken out: what a caller could learn from it. */
const answer = (result: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }, ids: string[]) =>
  JSON.stringify({ data: result.data ?? null, errors: (result.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, fields: e.extensions?.fields })) }).replaceAll(
    new RegExp(ids.join('|'), 'g'),
    '<id>',
  );

it.each(['QA officer', 'board member'])('answers every mutation alike for a record hidden from the %s and for an id that names nothing', async (who) => {
  const { token, hidden } = callers.find((caller) => caller.who === who)!;
  const schema = await buildApiSchema(resolvers);
  const differences: string[] = [];
  let compared = 0;
  let seed = 1;
  for (const field of Object.values(schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[]) {
    const own = getNamedType(field.type).name;
    for (const arg of field.args) {
      if (getNamedType(arg.type).name !== 'UUID' || !isNonNullType(arg.type) || String(arg.type).startsWith('[')) continue;
      const type = typeNamed(arg.name, own, pool);
      const foreign = type && hidden.get(type);
      if (!foreign) continue;
      for (const variables of fc.sample(argumentsFor(field, pool), { seed: seed++, numRuns: SAMPLES })) {
        const nothing = randomUUID();
        const query = operationFor('mutation', field);
        const toHidden = await app.graphql(query, { ...variables, [arg.name]: foreign }, token);
        const toNothing = await app.graphql(query, { ...variables, [arg.name]: nothing }, token);
        compared += 1;
        const [a, b] = [answer(toHidden, [foreign]), answer(toNothing, [nothing])];
        if (a !== b) differences.push(`${field.name}(${arg.name}: ${type}) ${JSON.stringify(variables).slice(0, 200)}\n  hidden:  ${a.slice(0, 300)}\n  nothing: ${b.slice(0, 300)}`);
      }
    }
  }
  console.log(`existence oracles (${who}): ${compared} pairs of calls compared, ${differences.length} differing`);
  expect(compared).toBeGreaterThan(100);
  expect(differences).toEqual([]);
}, 180_000);

it("answers a record in another authority named beside one of the caller's own as not there, not as elsewhere", async () => {
  const { token, hidden } = callers.find((caller) => caller.who === 'QA officer')!;
  const [plan] = pool.byType.get('Plan')!;
  const call = (teamId: string) =>
    app.graphql('mutation ($plan: UUID!, $team: UUID!) { createAdviceRequest(planId: $plan, teamId: $team, requestedOn: "2026-11-02") { id } }', { plan, team: teamId }, token);
  for (const teamId of [hidden.get('Team')!, randomUUID()]) {
    const result = await call(teamId);
    expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'teamId', rule: 'exists', message: 'does not refer to a record you can use' }]);
  }
});
