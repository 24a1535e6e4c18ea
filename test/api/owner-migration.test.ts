import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * The migration that made owners users (Migration20261203163500), run again over free-text owners set up
 * for it: an owner becomes its user only where the text is exactly one active user's name or email (case and
 * surrounding spaces aside) among the users of the record's authority who may change the record; any other
 * owner stays as it was written.
 */
const OWNERS_MIGRATION = 'Migration20261203163500';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

it('matches free-text owners to users exactly, once, within the authority and the roles that may act, and leaves the rest as text', async () => {
  const la873 = await localAuthorityId(app, '873');
  const user = async (email: string) => (await app.sql<{ id: string; display_name: string }>('select id, display_name from app_user where email = $1', [email]))[0]!;
  const qa = await user('qa@example.org');
  const viewer = await user('viewer@example.org');
  const commissioner = await user('commissioner@example.org');
  const peterborough = await user('qa.peterborough@example.org');
  // A second commissioner of the same name makes that name ambiguous.
  const twin = await app.graphql(
    'mutation ($la: [UUID!]!, $name: String!) { createUser(email: "twin@example.org", displayName: $name, roles: [COMMISSIONER], localAuthoritiesIds: $la, password: "a long enough password") { id } }',
    { la: [la873], name: commissioner.display_name },
    await app.login('admin@example.org'),
  );
  expect(twin.errors).toBeUndefined();

  const kpis = await app.sql<{ id: string }>('select id from kpi where local_authority_id = $1 order by id limit 4', [la873]);
  const [visitAction] = await app.sql<{ id: string }>('select id from visit_action where local_authority_id = $1 order by id limit 1', [la873]);
  expect(kpis.length).toBe(4);
  expect(visitAction).toBeDefined();

  const migrator = app.db.orm.getMigrator();
  const before = (await app.sql<{ name: string }>('select name from mikro_orm_migrations order by id')).map((m) => m.name);
  const previous = before[before.indexOf(OWNERS_MIGRATION) - 1]!;
  await migrator.down({ to: previous });
  const written: [string, string, string][] = [
    ['kpi', kpis[0]!.id, qa.display_name],
    ['kpi', kpis[1]!.id, '  QA@Example.ORG  '],
    ['kpi', kpis[2]!.id, viewer.display_name],
    ['kpi', kpis[3]!.id, peterborough.display_name],
    ['visit_action', visitAction!.id, commissioner.display_name],
  ];
  for (const [table, id, owner] of written) await app.sql(`update ${table} set owner = $2 where id = $1`, [id, owner]);
  await migrator.up();

  const after = async (table: string, id: string) => (await app.sql<{ owner: string | null; owner_user_id: string | null }>(`select owner, owner_user_id from ${table} where id = $1`, [id]))[0];
  // Its name, and its email in another case with spaces around: the QA officer, who may change KPIs.
  expect(await after('kpi', kpis[0]!.id)).toEqual({ owner: null, owner_user_id: qa.id });
  expect(await after('kpi', kpis[1]!.id)).toEqual({ owner: null, owner_user_id: qa.id });
  // A viewer may not change a KPI; Peterborough's QA officer is not Cambridgeshire's: both stay as text.
  expect(await after('kpi', kpis[2]!.id)).toEqual({ owner: viewer.display_name, owner_user_id: null });
  expect(await after('kpi', kpis[3]!.id)).toEqual({ owner: peterborough.display_name, owner_user_id: null });
  // Two commissioners share the name: nobody can tell which, so it stays as text.
  expect(await after('visit_action', visitAction!.id)).toEqual({ owner: commissioner.display_name, owner_user_id: null });
});
