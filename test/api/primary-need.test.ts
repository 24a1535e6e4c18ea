import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * NSA, the school census's code for SEN support with no specialist assessment, is refused as the primary
 * need of a child holding a plan (drafted or maintained), wherever the need or the plan is set: by hand, and
 * by import. The migration that brought the rule moves existing plan holders from NSA to OTH, in their history.
 */
const NSA_MIGRATION = 'Migration20261204140000';
const UPDATE_CHILD = 'mutation ($id: UUID!, $version: Int!, $need: PrimaryNeed) { updateChild(id: $id, version: $version, primaryNeed: $need) { id primaryNeed } }';
const CREATE_PLAN = 'mutation ($child: UUID!, $status: PlanStatus!, $request: LocalDate!, $issue: LocalDate) { createPlan(childId: $child, status: $status, requestDate: $request, issueDate: $issue) { id } }';
const UPDATE_PLAN = 'mutation ($id: UUID!, $version: Int!, $status: PlanStatus) { updatePlan(id: $id, version: $version, status: $status) { id status } }';
const PREVIEW = `query ($kind: ImportKind!, $la: UUID!, $file: ImportFileInput!) {
  previewImport(kind: $kind, localAuthorityId: $la, file: $file) { invalid rows { key errors { column rule } } } }`;

type ChildRow = { id: string; version: number; reference: string; birth: string; need: string };

let app: TestApp;
let qa: string;
let cam: string;

const refusal = (result: GraphQLResponse) => ({ code: result.errors?.[0]?.extensions?.code, fields: (result.errors?.[0]?.extensions?.fields ?? []).map(({ field, rule }) => ({ field, rule })) });

/** A Cambridgeshire child holding a plan in the given status and no other plan in force, or holding none at all. */
async function childWith(status: 'FINAL' | 'CEASED' | null, skip = 0): Promise<ChildRow & { plan: string | null; planVersion: number | null }> {
  const rows = await app.sql<ChildRow & { plan: string | null; planVersion: number | null }>(
    `select c.id, c.version, c.case_reference as reference, to_char(c.date_of_birth, 'DD/MM/YYYY') as birth, c.primary_need as need,
            p.id as plan, p.version as "planVersion"
       from child c left join plan p on p.child_id = c.id
      where c.local_authority_id = $1 and c.primary_need <> 'NSA'
        and ${status === null ? 'p.id is null' : `p.status = '${status}' and (select count(*) from plan q where q.child_id = c.id) = 1`}
      order by c.case_reference limit 1 offset $2`,
    [cam, skip],
  );
  return rows[0]!;
}

const needOf = async (id: string) => (await app.sql<{ need: string }>('select primary_need as need from child where id = $1', [id]))[0]!.need;

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  cam = await localAuthorityId(app, '873');
});
afterAll(async () => {
  await app?.close();
});

it("refuses NSA as the need of a child holding a plan, naming the field and the rule, and accepts it for a child at SEN support", async () => {
  const holder = await childWith('FINAL');
  const refused = await app.graphql(UPDATE_CHILD, { id: holder.id, version: holder.version, need: 'NSA' }, qa);
  expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'primaryNeed', rule: 'assessedNeed' }] });
  expect(await needOf(holder.id)).toBe(holder.need);

  for (const child of [await childWith(null), await childWith('CEASED')]) {
    const accepted = await app.graphql(UPDATE_CHILD, { id: child.id, version: child.version, need: 'NSA' }, qa);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.updateChild.primaryNeed).toBe('NSA');
  }
});

it('refuses a plan, new or taken up again, for a child whose need is NSA; a ceased plan may still be recorded', async () => {
  const child = await childWith('CEASED', 1);
  expect((await app.graphql(UPDATE_CHILD, { id: child.id, version: child.version, need: 'NSA' }, qa)).errors).toBeUndefined();
  const plans = async () => Number((await app.sql<{ n: string }>('select count(*) as n from plan where child_id = $1', [child.id]))[0]!.n);
  const before = await plans();

  for (const status of ['DRAFT', 'FINAL']) {
    const created = await app.graphql(CREATE_PLAN, { child: child.id, status, request: '2026-01-05', issue: status === 'FINAL' ? '2026-05-01' : null }, qa);
    expect(refusal(created)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'childId', rule: 'assessedNeed' }] });
  }
  expect(await plans()).toBe(before);
  const ceased = await app.graphql(CREATE_PLAN, { child: child.id, status: 'CEASED', request: '2025-01-06', issue: '2025-05-01' }, qa);
  expect(ceased.errors).toBeUndefined();

  const takenUp = await app.graphql(UPDATE_PLAN, { id: child.plan, version: child.planVersion, status: 'FINAL' }, qa);
  expect(refusal(takenUp)).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'status', rule: 'assessedNeed' }] });
  expect((await app.sql<{ status: string }>('select status from plan where id = $1', [child.plan]))[0]!.status).toBe('CEASED');
});

it('refuses the same in imports: NSA for a plan holder in the children file, a plan in force for an NSA child in the plans file', async () => {
  const holder = await childWith('FINAL', 1);
  const atSupport = await childWith(null, 1);
  const children = [
    'CaseReference,LA,PersonBirthDate,Sex,SENtype',
    `${holder.reference},873,${holder.birth},F,NSA`,
    `${atSupport.reference},873,${atSupport.birth},F,NSA`,
  ].join('\n');
  const shown = await app.graphql(PREVIEW, { kind: 'CHILDREN', la: cam, file: { filename: 'children.csv', text: children } }, qa);
  expect(shown.errors).toBeUndefined();
  const rows = shown.data!.previewImport.rows as { key: string; errors: { column: string; rule: string }[] }[];
  expect(shown.data!.previewImport.invalid).toBe(1);
  // The plan holder's row fails on its need; the child at SEN support's is taken.
  expect(rows.map((r) => r.errors)).toEqual([[{ column: 'SENtype', rule: 'assessedNeed' }], []]);
  expect(rows[1]!.key).toBe(atSupport.reference);

  // The child at SEN support is NSA once imported; a plan in force for them is then refused.
  await app.sql(`update child set primary_need = 'NSA' where id = $1`, [atSupport.id]);
  const plans = ['CaseReference,LA,ReceivedDate,PlanStatus,StartDate', `${atSupport.reference},873,05/01/2026,FINAL,01/05/2026`].join('\n');
  const planned = await app.graphql(PREVIEW, { kind: 'PLANS', la: cam, file: { filename: 'plans.csv', text: plans } }, qa);
  expect(planned.errors).toBeUndefined();
  expect(planned.data!.previewImport.invalid).toBe(1);
  expect(planned.data!.previewImport.rows[0].errors).toEqual([{ column: 'CaseReference', rule: 'assessedNeed' }]);
});

it('moves the plan holders recorded as NSA before the rule to OTH, in their history, and leaves children at SEN support as they are', async () => {
  const holders = [await childWith('FINAL', 2), await childWith('FINAL', 3)];
  const atSupport = await childWith(null, 2);
  const migrator = app.db.orm.getMigrator();
  const applied = (await app.sql<{ name: string }>('select name from mikro_orm_migrations order by id')).map((m) => m.name);
  await migrator.down({ to: applied[applied.indexOf(NSA_MIGRATION) - 1]! });
  for (const child of [...holders, atSupport]) await app.sql(`update child set primary_need = 'NSA' where id = $1`, [child.id]);
  await migrator.up();

  for (const child of holders) {
    expect(await needOf(child.id)).toBe('OTH');
    const history = await app.sql<{ changes: unknown; actor_email: string; cause: string }>(
      `select changes, actor_email, cause from change_record where entity_name = 'Child' and entity_id = $1 and cause like 'Migration:%'`,
      [child.id],
    );
    expect(history).toEqual([{ changes: { primaryNeed: { before: 'NSA', after: 'OTH' } }, actor_email: 'system', cause: `Migration:${NSA_MIGRATION}` }]);
  }
  expect(await needOf(atSupport.id)).toBe('NSA');
  // No plan holder is left with NSA.
  const left = await app.sql(`select 1 from child c where c.primary_need = 'NSA' and exists (select 1 from plan p where p.child_id = c.id and p.status in ('DRAFT', 'FINAL'))`);
  expect(left).toHaveLength(0);
});
