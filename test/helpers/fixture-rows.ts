import type { TestApp } from './app.js';

/** Looks things up in the fixture with SQL, independently of the API under test. */
export async function localAuthorityId(app: TestApp, code: '873' | '874'): Promise<string> {
  const rows = await app.sql<{ id: string }>('select id from local_authority where code = $1', [code]);
  return rows[0]!.id;
}

/** A child without a plan would do, but any child of the authority serves for a new plan. */
export async function childIn(app: TestApp, code: '873' | '874'): Promise<{ id: string; date_of_birth: string }> {
  const rows = await app.sql<{ id: string; date_of_birth: string }>(
    `select c.id, to_char(c.date_of_birth, 'YYYY-MM-DD') as date_of_birth from child c join local_authority la on la.id = c.local_authority_id
      where la.code = $1 order by c.case_reference limit 1`,
    [code],
  );
  return rows[0]!;
}

export async function planIn(app: TestApp, code: '873' | '874'): Promise<{ id: string; version: number }> {
  const rows = await app.sql<{ id: string; version: number }>(
    `select p.id, p.version from plan p join local_authority la on la.id = p.local_authority_id
      where la.code = $1 and p.status = 'FINAL' order by p.request_date, p.id limit 1`,
    [code],
  );
  return rows[0]!;
}

export async function count(app: TestApp, sqlText: string, values: unknown[] = []): Promise<number> {
  const rows = await app.sql<{ n: string }>(sqlText, values);
  return Number(rows[0]!.n);
}
