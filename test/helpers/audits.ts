import type { TestApp } from './app.js';
import { localAuthorityId } from './fixture-rows.js';

export const SECTION_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K', 'PLAN'];

export interface Versioned {
  id: string;
  version: number;
}

/** A new cycle in the authority, sampled (re-audits on top, unless `reaudit: false`), every audit assigned to auditor@example.org. */
export async function assignedCycle(
  app: TestApp,
  qa: string,
  code: '873' | '874',
  cycle: { term: string; academicYear: number; opensOn: string; size: number; seed: number; reaudit?: boolean },
): Promise<Versioned[]> {
  const la = await localAuthorityId(app, code);
  const [rubric] = await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la]);
  const created = (
    await app.graphql(
      `mutation ($la: UUID!, $rv: UUID!, $term: Term!, $year: Int!, $opensOn: LocalDate!, $size: Int!, $seed: Int!, $reaudit: Boolean) {
        createAuditCycle(localAuthorityId: $la, name: "Test cycle", kind: EHCP_AUDIT, term: $term, academicYear: $year, opensOn: $opensOn, closesOn: $opensOn,
          rubricVersionId: $rv, sampleSize: $size, seed: $seed, reauditBelowGood: $reaudit) { id version } }`,
      { la, rv: rubric!.id, term: cycle.term, year: cycle.academicYear, opensOn: cycle.opensOn, size: cycle.size, seed: cycle.seed, reaudit: cycle.reaudit },
      qa,
    )
  ).data?.createAuditCycle as Versioned;
  await app.graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }', { ...created }, qa);
  const [auditor] = await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'");
  const audits: Versioned[] = [];
  for (const row of await app.sql<Versioned>('select id, version from audit where cycle_id = $1 order by id', [created.id])) {
    const assigned = await app.graphql(
      'mutation ($id: UUID!, $version: Int!, $a: UUID!) { assignAudit(id: $id, version: $version, auditorId: $a) { id version } }',
      { ...row, a: auditor!.id },
      qa,
    );
    audits.push(assigned.data?.assignAudit as Versioned);
  }
  return audits;
}

/** Grades every section `grade` and submits, accepting the suggested overall grade (which is then `grade`). */
export async function scoreAndSubmit(app: TestApp, auditor: string, audit: Versioned, grade: number): Promise<Versioned> {
  let current = audit;
  for (const code of SECTION_CODES) {
    current = (
      await app.graphql(
        'mutation ($id: UUID!, $version: Int!, $code: String!, $grade: Int) { saveAuditSection(id: $id, version: $version, code: $code, grade: $grade, evidence: "", judgements: []) { id version } }',
        { ...current, code, grade },
        auditor,
      )
    ).data?.saveAuditSection as Versioned;
  }
  return (
    await app.graphql('mutation ($id: UUID!, $version: Int!) { submitAudit(id: $id, version: $version, strengths: "", areasForDevelopment: "") { id version } }', { ...current }, auditor)
  ).data?.submitAudit as Versioned;
}

export async function finalise(app: TestApp, qa: string, audit: Versioned): Promise<{ status: string }> {
  return (await app.graphql('mutation ($id: UUID!, $version: Int!) { finaliseAudit(id: $id, version: $version) { status } }', { ...audit }, qa)).data?.finaliseAudit;
}
