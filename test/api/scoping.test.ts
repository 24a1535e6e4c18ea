import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { childIn, count, localAuthorityId, planIn } from '../helpers/fixture-rows.js';
import { ALL_PLANS, CREATE_CHILD, CREATE_PLAN, PLAN, UPDATE_PLAN } from '../helpers/queries.js';

let app: TestApp;
let both: string;
let peterborough: string;
beforeAll(async () => {
  app = await startApp();
  both = await app.login('qa@example.org');
  peterborough = await app.login('qa.peterborough@example.org');
});
afterAll(async () => {
  await app?.close();
});

const PLANS_IN = "select count(*) as n from plan p join local_authority la on la.id = p.local_authority_id where la.code = any($1)";

it('shows each user exactly the plans of their own local authorities', async () => {
  const all = await app.graphql(ALL_PLANS, { perPage: 1 }, both);
  const one = await app.graphql(ALL_PLANS, { perPage: 1 }, peterborough);
  const expectedBoth = await count(app, PLANS_IN, [['873', '874']]);
  const expectedOne = await count(app, PLANS_IN, [['874']]);
  expect(all.data?._allPlansMeta.count).toBe(expectedBoth);
  expect(one.data?._allPlansMeta.count).toBe(expectedOne);
  expect(expectedOne).toBeGreaterThan(0);
  expect(expectedOne).toBeLessThan(expectedBoth);
});

it('never lists a plan from another local authority, on any page', async () => {
  const seen = new Set<string>();
  for (let page = 0; ; page += 1) {
    const result = await app.graphql(ALL_PLANS, { page, perPage: 500 }, peterborough);
    const plans = result.data?.allPlans as { id: string; localAuthority: { code: string } }[];
    for (const plan of plans) {
      expect(plan.localAuthority.code).toBe('874');
      seen.add(plan.id);
    }
    if (plans.length < 500) break;
  }
  expect(seen.size).toBe(await count(app, PLANS_IN, [['874']]));
});

it('answers NOT_FOUND for a plan in another authority, as for one that does not exist', async () => {
  const cambridgeshirePlan = await planIn(app, '873');
  const hidden = await app.graphql(PLAN, { id: cambridgeshirePlan.id }, peterborough);
  const missing = await app.graphql(PLAN, { id: '00000000-0000-4000-8000-000000000000' }, peterborough);
  expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const visible = await app.graphql(PLAN, { id: cambridgeshirePlan.id }, both);
  expect(visible.data?.Plan.id).toBe(cambridgeshirePlan.id);
});

it('refuses changes to another authority and saves nothing', async () => {
  const plan = await planIn(app, '873');
  const update = await app.graphql(UPDATE_PLAN, { id: plan.id, version: plan.version, status: 'CEASED' }, peterborough);
  expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const addChild = await app.graphql(
    CREATE_CHILD,
    { localAuthorityId: await localAuthorityId(app, '873'), caseReference: 'SCOPE-1', dateOfBirth: '2016-01-01', sex: 'MALE', primaryNeed: 'SEMH' },
    peterborough,
  );
  expect(addChild.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const child = await childIn(app, '873');
  const addPlan = await app.graphql(CREATE_PLAN, { childId: child.id, status: 'DRAFT', requestDate: '2026-06-01' }, peterborough);
  expect(addPlan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'childId', rule: 'exists' }] });
  expect(await count(app, "select count(*) as n from child where case_reference = 'SCOPE-1'")).toBe(0);
  expect(await count(app, 'select count(*) as n from plan where id = $1 and version = $2', [plan.id, plan.version])).toBe(1);
});

it('filters by the fields the admin offers, within scope', async () => {
  const expected = await count(
    app,
    "select count(*) as n from plan p join child c on c.id = p.child_id join local_authority la on la.id = p.local_authority_id where la.code = '874' and c.primary_need = 'ASD' and p.status = 'FINAL'",
  );
  const result = await app.graphql(ALL_PLANS, { perPage: 1, filter: { primaryNeed: 'ASD', status: 'FINAL' } }, peterborough);
  expect(result.data?._allPlansMeta.count).toBe(expected);
  expect(expected).toBeGreaterThan(0);
});
