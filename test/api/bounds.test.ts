import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

/** Every argument is bounded: dates, ranges, strings, lists, search text; and so is every request's time. */
let app: TestApp;
let qa: string;
let auditor: string;
let kpi: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  auditor = await app.login('auditor@example.org');
  [{ id: kpi }] = (await app.sql<{ id: string }>("select k.id from kpi k where k.frequency = 'MONTHLY' and k.source = 'COMPUTED' order by k.code limit 1")) as [
    { id: string },
  ];
});
afterAll(async () => {
  await app?.close();
});

const fields = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.fields?.map(({ field, rule }) => ({ field, rule }));

describe('dates', () => {
  it('refuses the query that froze the server, kpiFigures from year 50, at once, naming the argument', async () => {
    const result = await app.graphql(`{ kpiFigures(id: "${kpi}", from: "0050-01-01", to: "2025-01-01") { periodStart } }`, {}, auditor);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(result)).toEqual([{ field: 'from', rule: 'dateRange' }]);
    // And the server is still there for everyone.
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });

  it('refuses dates outside 2000-01-01..2100-12-31 in variables and in input objects alike', async () => {
    const late = await app.graphql('query ($to: LocalDate!) { kpiFigures(id: "' + kpi + '", from: "2090-01-01", to: $to) { periodStart } }', { to: '2101-01-01' }, qa);
    expect(fields(late)).toEqual([{ field: 'to', rule: 'dateRange' }]);
    const nested = await app.graphql('query ($options: HealthFigureOptions) { healthScorecards(options: $options) { teamName } }', { options: { from: '1999-12-31' } }, qa);
    expect(fields(nested)).toEqual([{ field: 'options.from', rule: 'dateRange' }]);
    const edge = await app.graphql(`{ kpiFigures(id: "${kpi}", from: "2100-12-01", to: "2100-12-31") { periodStart } }`, {}, qa);
    expect(edge.errors).toBeUndefined();
    expect(edge.data?.kpiFigures).toEqual([{ periodStart: '2100-12-01' }]);
  });

  it('bounds every range: at most ten years, and in order', async () => {
    const long = await app.graphql(`{ kpiFigures(id: "${kpi}", from: "2010-01-01", to: "2021-01-01") { periodStart } }`, {}, qa);
    expect(fields(long)).toEqual([{ field: 'to', rule: 'atMostTenYears' }]);
    const backwards = await app.graphql(`{ kpiFigures(id: "${kpi}", from: "2021-01-01", to: "2020-01-01") { periodStart } }`, {}, qa);
    expect(fields(backwards)).toEqual([{ field: 'from', rule: 'notAfterTo' }]);
    const recalculate = await app.graphql(`mutation { recalculateKpi(id: "${kpi}", from: "2000-01-01", to: "2020-01-01") { id } }`, {}, qa);
    expect(fields(recalculate)).toEqual([{ field: 'to', rule: 'atMostTenYears' }]);
    const ten = await app.graphql<{ kpiFigures: unknown[] }>(`{ kpiFigures(id: "${kpi}", from: "2016-09-01", to: "2026-08-31") { periodStart } }`, {}, qa);
    expect(ten.data?.kpiFigures).toHaveLength(120);
  });
});

describe('search text', () => {
  it('refuses a 1 MB search string at once, naming filter.q', async () => {
    const result = await app.graphql('query ($q: String) { allChildren(filter: { q: $q }) { id } }', { q: 'x'.repeat(1_000_000) }, qa);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(result)).toEqual([{ field: 'filter.q', rule: 'maxLength' }]);
  });

  it('matches %, _ and \\ as themselves, not as patterns', async () => {
    const all = await count(app, 'select count(*) as n from child');
    expect(all).toBeGreaterThan(0);
    for (const q of ['%', '_', '\\', '%%', 'CAM%']) {
      const result = await app.graphql('query ($q: String) { _allChildrenMeta(filter: { q: $q }) { count } }', { q }, qa);
      expect(result.data?._allChildrenMeta.count, q).toBe(0);
    }
    const [one] = await app.sql<{ case_reference: string }>('select case_reference from child order by case_reference limit 1');
    const prefix = one!.case_reference.slice(0, 5);
    const expected = await count(app, "select count(*) as n from child where case_reference like $1 || '%'", [prefix]);
    const found = await app.graphql('query ($q: String) { _allChildrenMeta(filter: { q: $q }) { count } }', { q: prefix }, qa);
    expect(found.data?._allChildrenMeta.count).toBe(expected);
  });
});

describe('strings, lists, nulls and references', () => {
  it('refuses a NUL character in any string, naming the argument, and saves nothing', async () => {
    const la = await localAuthorityId(app, '873');
    const before = await count(app, 'select count(*) as n from team');
    const result = await app.graphql('mutation ($la: UUID!, $name: String!) { createTeam(localAuthorityId: $la, kind: SOCIAL_CARE, name: $name) { id } }', { la, name: 'North\u0000' }, qa);
    expect(fields(result)).toEqual([{ field: 'name', rule: 'noNulCharacter' }]);
    expect(await count(app, 'select count(*) as n from team')).toBe(before);
    const search = await app.graphql('query ($q: String) { allPlans(filter: { q: $q }) { id } }', { q: 'A\u0000' }, qa);
    expect(fields(search)).toEqual([{ field: 'filter.q', rule: 'noNulCharacter' }]);
  });

  it('refuses a string longer than its field', async () => {
    const la = await localAuthorityId(app, '873');
    const result = await app.graphql('mutation ($la: UUID!, $name: String!) { createTeam(localAuthorityId: $la, kind: SOCIAL_CARE, name: $name) { id } }', { la, name: 'x'.repeat(201) }, qa);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(result)?.[0]?.field).toBe('name');
  });

  it('refuses a list longer than a page', async () => {
    const ids = Array.from({ length: 1001 }, () => randomUUID());
    const result = await app.graphql('query ($ids: [UUID!]) { allPlans(filter: { ids: $ids }) { id } }', { ids }, qa);
    expect(fields(result)).toEqual([{ field: 'filter.ids', rule: 'maxItems' }]);
    const page = await app.graphql('query ($ids: [UUID!]) { allPlans(filter: { ids: $ids }) { id } }', { ids: ids.slice(0, 1000) }, qa);
    expect(page.errors).toBeUndefined();
  });

  it('answers the last page an Int can name with nothing, for a list built in SQL as for the others', async () => {
    for (const list of ['allPlans', 'allDeadlines']) {
      const result = await app.graphql(`{ ${list}(page: 2147483647, perPage: 1000) { id } }`, {}, qa);
      expect(result.errors).toBeUndefined();
      expect(result.data![list]).toEqual([]);
    }
  });

  it('refuses a filter number too large for its column, naming it, in the list and its count alike', async () => {
    for (const query of ['allSchoolReturns(filter: { halfTerm: 2147483647 }) { id }', '_allSchoolReturnsMeta(filter: { academicYear: -40000 }) { count }']) {
      const result = await app.graphql(`{ ${query} }`, {}, qa);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fields(result)).toEqual([query.includes('halfTerm') ? { field: 'filter.halfTerm', rule: 'max' } : { field: 'filter.academicYear', rule: 'min' }]);
    }
    const inRange = await app.graphql('{ _allSchoolReturnsMeta(filter: { halfTerm: 32767 }) { count } }', {}, qa);
    expect(inRange.data).toEqual({ _allSchoolReturnsMeta: { count: 0 } });
  });

  it("refuses a sort field that only an object's inherited properties know, naming it", async () => {
    const result = await app.graphql('{ allDeadlines(perPage: 1, sortField: "valueOf") { id } }', {}, qa);
    expect(fields(result)).toEqual([{ field: 'sortField', rule: 'oneOf' }]);
  });

  /** Makes one record of the kind, for the kinds the fixture may have none of. */
  async function ensureRecord(table: string): Promise<void> {
    if ((await count(app, `select count(*) as n from "${table}"`)) > 0) return;
    const la = await localAuthorityId(app, '873');
    const [plan] = await app.sql<{ id: string }>("select id from plan where local_authority_id = $1 and status = 'FINAL' order by id limit 1", [la]);
    const [version] = await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED' order by id limit 1", [la]);
    const made: Record<string, () => Promise<{ errors?: unknown }>> = {
      annual_review: () => app.graphql('mutation ($plan: UUID!) { createAnnualReview(planId: $plan, meetingDate: "2026-06-01") { id } }', { plan: plan!.id }, qa),
      audit_cycle: () =>
        app.graphql(
          `mutation ($la: UUID!, $rv: UUID!) { createAuditCycle(localAuthorityId: $la, rubricVersionId: $rv, name: "Nulls", kind: EHCP_AUDIT,
            academicYear: 2026, term: AUTUMN, opensOn: "2026-09-07", closesOn: "2026-12-11", sampleSize: 3) { id } }`,
          { la, rv: version!.id },
          qa,
        ),
      highlight_report: () => app.graphql('mutation ($la: UUID!) { createHighlightReport(localAuthorityId: $la, audience: EXECUTIVE_BOARD, date: "2026-08-01") { id } }', { la }, qa),
    };
    const make = made[table];
    if (!make) throw new Error(`the fixture has no ${table} and this test cannot make one`);
    expect((await make()).errors).toBeUndefined();
  }

  it.each([
    ['updateChild', 'child', 'caseReference', 'String'],
    ['updateHighlightReport', 'highlight_report', 'title', 'String'],
    ['updateRubric', 'rubric', 'name', 'String'],
    ['updateWorkstream', 'workstream', 'title', 'String'],
    ['updateAuditCycle', 'audit_cycle', 'name', 'String'],
    ['updateAnnualReview', 'annual_review', 'meetingDate', 'LocalDate'],
    ['updateTeam', 'team', 'kind', 'TeamKind'],
  ])('%s refuses an explicit null for a required %s field, naming it', async (mutation, table, field, type) => {
    await ensureRecord(table);
    const [row] = await app.sql<{ id: string; version: number }>(`select id, version from "${table}" order by id limit 1`);
    const result = await app.graphql(`mutation ($id: UUID!, $version: Int!, $value: ${type}) { ${mutation}(id: $id, version: $version, ${field}: $value) { id } }`, { id: row!.id, version: row!.version, value: null }, qa);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(result)).toEqual([{ field, rule: expect.any(String) }]);
    expect(await count(app, `select count(*) as n from "${table}" where id = $1 and version = $2`, [row!.id, row!.version])).toBe(1);
  });

  it('refuses to delete a child or a setting something still refers to, saying what, and deletes nothing', async () => {
    const [child] = await app.sql<{ id: string }>('select c.id from child c where exists (select 1 from plan p where p.child_id = c.id) order by c.id limit 1');
    const result = await app.graphql('mutation ($id: UUID!) { deleteChild(id: $id) { id } }', { id: child!.id }, qa);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', referencedBy: 'Plan' });
    expect(result.errors?.[0]?.message).toMatch(/Plan records still refer to this one/);
    expect(await count(app, 'select count(*) as n from child where id = $1', [child!.id])).toBe(1);

    const [setting] = await app.sql<{ id: string }>(
      `select s.id from setting s join local_authority la on la.id = s.local_authority_id
        where la.code = '873' and exists (select 1 from plan p where p.setting_id = s.id) order by s.id limit 1`,
    );
    const refused = await app.graphql('mutation ($id: UUID!) { deleteSetting(id: $id) { id } }', { id: setting!.id }, qa);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.referencedBy).toEqual(expect.any(String));
    expect(await count(app, 'select count(*) as n from setting where id = $1', [setting!.id])).toBe(1);
  });
});

describe('time', () => {
  /** Holds a row lock from outside the API, so that the API's update of that row waits for as long as the test likes. */
  async function lockChild(databaseUrl: string): Promise<{ id: string; version: number; release(): Promise<void> }> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('begin');
    const { rows } = await client.query<{ id: string; version: number }>('select id, version from child order by id limit 1 for update');
    return {
      ...rows[0]!,
      async release() {
        await client.query('rollback');
        await client.end();
      },
    };
  }
  const RENAME = 'mutation ($id: UUID!, $version: Int!) { updateChild(id: $id, version: $version, lookedAfter: true) { id } }';

  it('runs every pooled connection under a statement timeout', async () => {
    const limited = await startApp({ statementTimeoutMs: 300 });
    try {
      const [setting] = await limited.db.orm.em.fork().execute<{ statement_timeout: string }[]>('show statement_timeout');
      expect(setting!.statement_timeout).toBe('300ms');
      await expect(limited.db.orm.em.fork().execute('select pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });

      // A statement stuck behind a lock is cancelled, answered TIMEOUT, and changes nothing.
      const token = await limited.login('qa@example.org');
      const locked = await lockChild(limited.databaseUrl);
      try {
        const result = await limited.graphql(RENAME, { id: locked.id, version: locked.version }, token);
        expect(result.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      } finally {
        await locked.release();
      }
      expect(await count(limited, 'select count(*) as n from child where id = $1 and version = $2 and not looked_after', [locked.id, locked.version])).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('answers a request past its deadline with TIMEOUT, as JSON, and runs none of its later statements', async () => {
    const limited = await startApp({ limits: { requestTimeoutMs: 1000 } });
    try {
      // A session made directly: a sign-in's hashing could itself outlast so short a deadline on a busy machine.
      const token = randomUUID();
      await limited.sql(
        "insert into session (id, token_hash, user_id, created_at, expires_at) select $1, encode(sha256($2::bytea), 'hex'), id, now(), now() + interval '1 hour' from app_user where email = 'qa@example.org'",
        [randomUUID(), token],
      );
      const locked = await lockChild(limited.databaseUrl);
      let response: Response;
      try {
        response = await fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: RENAME, variables: { id: locked.id, version: locked.version } }),
        });
      } finally {
        await locked.release();
      }
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      // Once the lock is gone the update itself may run, but the history insert and commit after it do not.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await count(limited, 'select count(*) as n from child where id = $1 and version = $2', [locked.id, locked.version])).toBe(1);
      expect(await count(limited, "select count(*) as n from change_record where entity_id = $1", [locked.id])).toBe(0);
      // The server goes on answering.
      expect((await limited.graphql('{ me { email } }', {}, token)).data?.me.email).toBe('qa@example.org');
    } finally {
      await limited.close();
    }
  });
});
