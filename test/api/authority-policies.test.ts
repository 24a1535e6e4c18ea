import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp, type GraphQLResponse } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * The two policies a local authority keeps, one each at most: commissioning's (placements) and part-time
 * timetables'. Both are created and changed by the same core rules, with each feature's own checks.
 */
const POLICIES = [
  { name: 'CommissioningPolicy', table: 'commissioning_policy', editor: 'commissioner@example.org', percent: 'Int' },
  { name: 'PartTimePolicy', table: 'part_time_policy', editor: 'qa@example.org', percent: 'Float' },
] as const;

const TARGET_ARGS = 'baselineDate: $baselineDate, baselineCount: $baselineCount, targetReductionPercent: $percent, targetDate: $targetDate';
const targetVariables = (percent: string) => `$baselineDate: LocalDate, $baselineCount: Int, $percent: ${percent}, $targetDate: LocalDate`;
const FIELDS = 'id version baselineDate baselineCount targetReductionPercent targetDate localAuthority { code }';

/** A complete reduction target: a fifth fewer by the end of the academic year after the baseline. */
const TARGET = { baselineDate: '2025-09-01', baselineCount: 40, percent: 20, targetDate: '2026-07-31' };
/** The same, with the target set before the baseline it is measured against. */
const TARGET_BEFORE_BASELINE = { ...TARGET, targetDate: '2025-07-31' };

const rules = (response: GraphQLResponse) => (response.errors?.[0]?.extensions?.fields ?? []).map(({ field, rule }) => ({ field, rule }));

let app: TestApp;
let cambridgeshire: string;
let viewer: string;
beforeAll(async () => {
  app = await startApp();
  cambridgeshire = await localAuthorityId(app, '873');
  viewer = await app.login('viewer@example.org');
});
afterAll(async () => {
  await app?.close();
});

describe.each(POLICIES)('$name', ({ name, table, editor, percent }) => {
  const create = `mutation ($la: UUID!, ${targetVariables(percent)}) { create${name}(localAuthorityId: $la, ${TARGET_ARGS}) { ${FIELDS} } }`;
  const update = `mutation ($id: UUID!, $version: Int!, ${targetVariables(percent)}) { update${name}(id: $id, version: $version, ${TARGET_ARGS}) { ${FIELDS} } }`;
  const remove = `mutation ($id: UUID!) { delete${name}(id: $id) { id } }`;
  const stored = () => app.sql<{ id: string; version: number; target_date: string | null }>(`select id, version, target_date::text from ${table} where local_authority_id = $1`, [cambridgeshire]);

  it('keeps one policy per local authority: a second is refused, naming the authority, and the first stays as it was', async () => {
    const token = await app.login(editor);
    const before = await stored();
    if (before.length === 0) expect((await app.graphql(create, { la: cambridgeshire }, token)).errors).toBeUndefined();
    const [first] = await stored();

    const second = await app.graphql(create, { la: cambridgeshire, ...TARGET }, token);
    expect(second.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rules(second)).toContainEqual({ field: 'localAuthorityId', rule: 'unique' });
    expect(await stored()).toEqual([first]);
  });

  it("refuses a target before its baseline, on a change and on a new policy, and saves a target after it", async () => {
    const token = await app.login(editor);
    const [policy] = await stored();

    const refused = await app.graphql(update, { id: policy!.id, version: policy!.version, ...TARGET_BEFORE_BASELINE }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rules(refused)).toContainEqual({ field: 'targetDate', rule: 'afterBaselineDate' });
    expect(await stored()).toEqual([policy]);

    const saved = await app.graphql(update, { id: policy!.id, version: policy!.version, ...TARGET }, token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.[`update${name}`]).toMatchObject({
      id: policy!.id,
      version: policy!.version + 1,
      baselineDate: TARGET.baselineDate,
      baselineCount: TARGET.baselineCount,
      targetReductionPercent: TARGET.percent,
      targetDate: TARGET.targetDate,
      localAuthority: { code: '873' },
    });
    expect(await stored()).toEqual([{ id: policy!.id, version: policy!.version + 1, target_date: TARGET.targetDate }]);

    expect((await app.graphql(remove, { id: policy!.id }, token)).errors).toBeUndefined();
    const refusedNew = await app.graphql(create, { la: cambridgeshire, ...TARGET_BEFORE_BASELINE }, token);
    expect(rules(refusedNew)).toContainEqual({ field: 'targetDate', rule: 'afterBaselineDate' });
    expect(await stored()).toEqual([]);

    const created = await app.graphql(create, { la: cambridgeshire, ...TARGET }, token);
    expect(created.errors).toBeUndefined();
    expect(created.data?.[`create${name}`]).toMatchObject({ version: 1, targetDate: TARGET.targetDate, localAuthority: { code: '873' } });
    expect(await stored()).toHaveLength(1);
  });

  it('lets a viewer read the policy but not change it', async () => {
    const [policy] = await stored();
    const read = await app.graphql(`query ($id: UUID!) { ${name}(id: $id) { id } }`, { id: policy!.id }, viewer);
    expect(read.data?.[name]).toEqual({ id: policy!.id });
    const changed = await app.graphql(update, { id: policy!.id, version: policy!.version, ...TARGET }, viewer);
    expect(changed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual([policy]);
  });
});

describe('CommissioningPolicy reduction target', () => {
  it('needs the baseline date and count, the reduction and the target date together', async () => {
    const token = await app.login('commissioner@example.org');
    const [policy] = await app.sql<{ id: string; version: number }>('select id, version from commissioning_policy where local_authority_id = $1', [cambridgeshire]);
    const partial = await app.graphql(
      'mutation ($id: UUID!, $version: Int!) { updateCommissioningPolicy(id: $id, version: $version, baselineDate: "2025-09-01", baselineCount: null, targetReductionPercent: null, targetDate: null) { id } }',
      { id: policy!.id, version: policy!.version },
      token,
    );
    expect(rules(partial)).toEqual([{ field: 'targetDate', rule: 'completeTarget' }]);
  });
});
