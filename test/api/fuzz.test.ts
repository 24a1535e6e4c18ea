import fc from 'fast-check';
import type { GraphQLField } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApiSchema, resolvers } from '@send-qa/api';
import { startApp, type TestApp } from '../helpers/app.js';
import { argumentsFor, operationFor, type IdPool } from '../helpers/fuzz.js';

/**
 * Every mutation and every query that takes arguments, called with inputs generated from the schema by
 * several roles: whatever comes in, the answer is a coded error or data, never INTERNAL_SERVER_ERROR.
 * FUZZ_SEED reproduces a run; FUZZ_RUNS sets the calls per mutation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_901);
const MUTATION_RUNS = Number(process.env.FUZZ_RUNS ?? 24);
const QUERY_RUNS = Math.ceil(MUTATION_RUNS / 3);
const CONCURRENCY = 4;
/** Signing out would end the session the rest of the run uses. */
const LEFT_OUT = new Set(['logout']);
const SIGNED_IN = [
  ['admin@example.org', 4],
  ['qa@example.org', 4],
  ['qa.peterborough@example.org', 2],
  ['auditor@example.org', 1],
  ['dco@example.org', 1],
  ['commissioner@example.org', 2],
  ['viewer@example.org', 1],
] as const;

let app: TestApp;
let tokens: string[];
let pool: IdPool;
const tableOf = new Map<string, string>();

beforeAll(async () => {
  app = await startApp();
  tokens = [];
  // The users the run signs in as stay out of the ids it picks from, or it would soon lock itself out.
  const signedIn = await app.sql<{ id: string }>('select id::text as id from app_user where email = any($1)', [SIGNED_IN.map(([email]) => email)]);
  const own = new Set(signedIn.map((r) => r.id));
  for (const [email, weight] of SIGNED_IN) {
    const token = await app.login(email);
    for (let i = 0; i < weight; i += 1) tokens.push(token);
  }
  pool = { byType: new Map(), all: [] };
  for (const meta of Object.values(app.db.orm.getMetadata().getAll())) {
    if (meta.abstract || meta.embeddable || meta.primaryKeys.join() !== 'id' || meta.pivotTable) continue;
    tableOf.set(meta.className, meta.tableName);
    const rows = (await app.sql<{ id: string }>(`select id::text as id from "${meta.tableName}" order by id limit 25`)).filter((r) => !own.has(r.id));
    if (rows.length === 0) continue;
    pool.byType.set(meta.className, rows.map((r) => r.id));
    pool.all.push(...rows.map((r) => r.id));
  }
}, 120_000);
afterAll(async () => {
  await app?.close();
});

interface Call {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  variables: Record<string, unknown>;
  token: string;
  currentVersion: boolean;
}

/** Most updates carry the record's real version, so that they get past the version check to the rules. */
async function withVersion(call: Call): Promise<Record<string, unknown>> {
  const { variables, field } = call;
  const table = tableOf.get(String(field.type).replace(/[[\]!]/g, ''));
  if (!call.currentVersion || !table || typeof variables.id !== 'string' || !('version' in variables)) return variables;
  const rows = await app.sql<{ version: number }>(`select version from "${table}" where id::text = $1`, [variables.id]);
  return rows[0] ? { ...variables, version: rows[0].version } : variables;
}

it('answers thousands of generated mutations and queries with data or a coded error, never an internal error', async () => {
  const schema = await buildApiSchema(resolvers);
  const fields = (kind: 'query' | 'mutation') =>
    Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).filter(
      (f) => !LEFT_OUT.has(f.name) && (kind === 'mutation' || f.args.length > 0),
    );
  const calls: Call[] = [];
  let seed = SEED;
  for (const [kind, runs] of [['mutation', MUTATION_RUNS], ['query', QUERY_RUNS]] as const) {
    for (const field of fields(kind)) {
      const arbitrary = fc.record({ variables: argumentsFor(field, pool), token: fc.constantFrom(...tokens), currentVersion: fc.double({ min: 0, max: 1 }).map((p) => p < 0.8) });
      for (const sample of fc.sample(arbitrary, { seed: seed++, numRuns: runs })) calls.push({ kind, field, ...sample });
    }
  }
  // Interleaved, so that creates, updates and deletes of different records meet as they would in use.
  const order = fc.sample(fc.shuffledSubarray(calls, { minLength: calls.length, maxLength: calls.length }), { seed: SEED, numRuns: 1 })[0]!;

  const codes = new Map<string, number>();
  const internal: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < order.length) {
      const call = order[next++]!;
      const variables = await withVersion(call);
      const result = await app.graphql(operationFor(call.kind, call.field), variables, call.token).catch((error: Error) => ({
        status: 0,
        errors: [{ message: error.message, extensions: { code: 'NO_JSON_ANSWER' } }],
      }));
      const found = result.errors?.length ? result.errors.map((e) => e.extensions?.code ?? 'NO_CODE') : ['OK'];
      for (const code of new Set(found)) {
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === 'INTERNAL_SERVER_ERROR' || code === 'NO_CODE' || code === 'NO_JSON_ANSWER' || result.status >= 500) {
          internal.push(`${call.field.name} ${JSON.stringify(variables).slice(0, 300)} → ${code} ${result.errors?.[0]?.message ?? ''}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  const mutations = calls.filter((c) => c.kind === 'mutation').length;
  console.log(
    `fuzz (seed ${SEED}): ${mutations} mutations and ${calls.length - mutations} queries; answers per code: ${JSON.stringify(Object.fromEntries([...codes].sort()))}`,
  );
  if (internal.length > 0) console.log(internal.join('\n'));
  expect(mutations).toBeGreaterThanOrEqual(2000);
  expect(internal).toEqual([]);
}, 240_000);
