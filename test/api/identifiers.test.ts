import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { planIn } from '../helpers/fixture-rows.js';

let app: TestApp;
let qa: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
});

const NOT_UUID = [{ rule: 'isUuid', message: 'must be a UUID' }];

function refusal(result: Awaited<ReturnType<TestApp['graphql']>>) {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  return error!.extensions!.fields!;
}

it('refuses a malformed identifier written into the query, naming the argument', async () => {
  const fields = refusal(
    await app.graphql('mutation { assignAudit(id: "00000000-0000-4000-8000-000000000000", version: 1, auditorId: "not-a-uuid") { id } }', {}, qa),
  );
  expect(fields).toEqual([{ field: 'auditorId', ...NOT_UUID[0] }]);
});

it('refuses a malformed identifier in a variable, naming the argument it was given for', async () => {
  const fields = refusal(
    await app.graphql('mutation ($a: UUID!) { assignAudit(id: "00000000-0000-4000-8000-000000000000", version: 1, auditorId: $a) { id } }', { a: 'x' }, qa),
  );
  expect(fields).toEqual([{ field: 'auditorId', ...NOT_UUID[0] }]);
});

it('names the place inside a filter, written in the query or in a variable', async () => {
  const literal = refusal(await app.graphql('{ allPlans(filter: { ids: ["nope"] }) { id } }', {}, qa));
  expect(literal).toEqual([{ field: 'filter.ids', ...NOT_UUID[0] }]);
  const inVariable = refusal(
    await app.graphql('query ($f: PlanFilter) { allPlans(filter: $f) { id } }', { f: { ids: ['00000000-0000-4000-8000-000000000000', 42] } }, qa),
  );
  expect(inVariable).toEqual([{ field: 'filter.ids[1]', ...NOT_UUID[0] }]);
  const reference = refusal(await app.graphql('{ allPlans(filter: { childId: "CAM-000001" }) { id } }', {}, qa));
  expect(reference).toEqual([{ field: 'filter.childId', ...NOT_UUID[0] }]);
});

it('refuses a malformed identifier for a read as well, and still answers a well-formed one', async () => {
  const fields = refusal(await app.graphql('{ Plan(id: "1") { id } }', {}, qa));
  expect(fields).toEqual([{ field: 'id', ...NOT_UUID[0] }]);
  const plan = await planIn(app, '873');
  const found = await app.graphql('query ($id: UUID!) { Plan(id: $id) { id } }', { id: plan.id }, qa);
  expect(found.data?.Plan.id).toBe(plan.id);
});

it('types every identifier a client sends as UUID in the published schema', async () => {
  const result = await app.graphql(
    `{ __schema { types { name kind fields { name args { name type { ...T } } } inputFields { name type { ...T } } } } }
     fragment T on __Type { name kind ofType { name kind ofType { name kind ofType { name kind } } } }`,
  );
  type T = { name: string | null; ofType?: T | null };
  const named = (t: T): string => (t.ofType ? named(t.ofType) : t.name!);
  const ids: string[] = [];
  for (const type of result.data!.__schema.types as { name: string; fields?: { name: string; args: { name: string; type: T }[] }[]; inputFields?: { name: string; type: T }[] }[]) {
    if (type.name.startsWith('__')) continue;
    for (const field of type.fields ?? []) for (const arg of field.args) if (named(arg.type) === 'ID') ids.push(`${type.name}.${field.name}(${arg.name})`);
    for (const field of type.inputFields ?? []) if (named(field.type) === 'ID') ids.push(`${type.name}.${field.name}`);
  }
  expect(ids).toEqual([]);
  const assign = (result.data!.__schema.types as { name: string; fields?: { name: string; args: { name: string; type: T }[] }[] }[])
    .find((t) => t.name === 'Mutation')!
    .fields!.find((f) => f.name === 'assignAudit')!;
  expect(assign.args.map((a) => [a.name, named(a.type)])).toContainEqual(['auditorId', 'UUID']);
});
