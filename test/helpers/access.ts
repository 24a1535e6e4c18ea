import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from '@send-qa/api';
import type { TestApp } from './app.js';
import { assignedCycle } from './audits.js';
import { localAuthorityId } from './fixture-rows.js';

export const ROLES = ['ADMIN', 'QA_OFFICER', 'AUDITOR', 'DCO', 'COMMISSIONER', 'VIEWER', 'BOARD_MEMBER'] as const;
export type Role = (typeof ROLES)[number];
export const AUTHORITIES = ['873', '874'] as const;
export type Authority = (typeof AUTHORITIES)[number];

/** schema/access.json as the tests read it (see api/src/core/access/permissions.ts for what each part means). */
export interface Access {
  roles: Role[];
  resources: Record<string, { read: Role[]; list: Role[]; create: Role[] | null; update: Role[] | null; delete: Role[] | null; scope: string }>;
  operations: Record<'query' | 'mutation', Record<string, { roles: Role[]; anonymous: boolean; resource: string | null }>>;
  rules: Record<string, { description: string; roles: Record<string, Role[]> }>;
}

export async function committedAccess(): Promise<Access> {
  return JSON.parse(await readFile(path.join(repositoryRoot(), 'schema', 'access.json'), 'utf8')) as Access;
}

export interface Caller {
  id: string;
  email: string;
  token: string;
}

/** A user with `roles` in Peterborough (874) only, signed in: for them Cambridgeshire is another authority. */
export async function userIn(app: TestApp, email: string, roles: Role[], code: Authority = '874'): Promise<Caller> {
  const [user] = await app.sql<{ id: string }>(
    `insert into app_user (id, email, display_name, roles, password_hash, active, version, created_at, updated_at)
       select gen_random_uuid(), $1, $1, $2::text[], password_hash, true, 1, now(), now() from app_user where email = 'viewer@example.org'
     returning id`,
    [email, roles],
  );
  await app.sql('insert into app_user_local_authority (user_id, local_authority_id) values ($1, $2)', [user!.id, await localAuthorityId(app, code)]);
  return { id: user!.id, email, token: await app.login(email) };
}

/** One Peterborough-only user for each role. */
export async function peterboroughCallers(app: TestApp): Promise<Record<Role, Caller>> {
  const callers = {} as Record<Role, Caller>;
  for (const role of ROLES) callers[role] = await userIn(app, `${role.toLowerCase().replace('_', '-')}.874@access.test`, [role]);
  return callers;
}

async function one<T extends Record<string, unknown>>(app: TestApp, text: string, values: unknown[]): Promise<T> {
  const rows = await app.sql<T>(text, values);
  if (!rows[0]) throw new Error(`no row for ${text}`);
  return rows[0];
}

/**
 * The fixture leaves some resources empty (audits, health advice, reports...): give each authority at
 * least one record of every resource, made through the API as its own users would.
 */
export async function everyResourceInBothAuthorities(app: TestApp): Promise<void> {
  const admin = await app.login('admin@example.org');
  const qa = await app.login('qa@example.org');
  const call = async (query: string, variables: Record<string, unknown>, token = admin) => {
    const result = await app.graphql(query, variables, token);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  for (const [index, code] of AUTHORITIES.entries()) {
    const la = await localAuthorityId(app, code);
    const [audit] = await assignedCycle(app, qa, code, { term: 'SUMMER', academicYear: 2025, opensOn: '2026-04-20', size: 2, seed: 31 + index, reaudit: false });
    await call('mutation ($a: UUID!) { createFollowUpAction(auditId: $a, description: "Quantify section F", owner: "Caseworker", dueDate: "2026-10-01") { id } }', { a: audit!.id }, qa);
    const plan = await one<{ id: string }>(app, "select id from plan where local_authority_id = $1 and status = 'FINAL' order by id limit 1", [la]);
    const team = await one<{ id: string }>(app, "select id from team where local_authority_id = $1 and kind = 'HEALTH' order by id limit 1", [la]);
    const setting = await one<{ id: string }>(app, 'select id from setting where local_authority_id = $1 order by id limit 1', [la]);
    const review = await call('mutation ($p: UUID!) { createAnnualReview(planId: $p, meetingDate: "2026-03-02") { id } }', { p: plan.id });
    await call('mutation ($p: UUID!, $t: UUID!, $r: UUID!) { createAdviceRequest(planId: $p, teamId: $t, annualReviewId: $r, occasion: ANNUAL_REVIEW, requestedOn: "2026-02-02") { id } }', {
      p: plan.id,
      t: team.id,
      r: (review.createAnnualReview as { id: string }).id,
    });
    await call('mutation ($p: UUID!) { createHealthSignOff(planId: $p, requestedOn: "2026-03-02") { id } }', { p: plan.id });
    await call('mutation ($la: UUID!) { createHighlightReport(localAuthorityId: $la, audience: PARTNERSHIP_GROUP, date: "2026-03-02") { id } }', { la });
    await call('mutation ($s: UUID!) { setSchoolWeek(settingId: $s, fullTimeHours: 32.5) { id } }', { s: setting.id });
    await call('mutation ($la: UUID!) { createImportMapping(localAuthorityId: $la, kind: CHILDREN, name: "Case system", headers: { CaseReference: "Ref" }) { id } }', { la });
    const file = { filename: 'children.csv', text: `CaseReference,PersonBirthDate,Sex,SENtype\nACCESS-${code},01/02/2015,F,ASD\n` };
    const preview = (await call('query ($la: UUID!, $file: ImportFileInput!) { previewImport(kind: CHILDREN, localAuthorityId: $la, file: $file) { fileHash digest } }', { la, file })).previewImport as { fileHash: string; digest: string };
    await call(
      'mutation ($la: UUID!, $file: ImportFileInput!, $h: String!, $d: String!) { confirmImport(kind: CHILDREN, localAuthorityId: $la, file: $file, fileHash: $h, previewDigest: $d) { created } }',
      { la, file, h: preview.fileHash, d: preview.digest },
    );
  }
}
