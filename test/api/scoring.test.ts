import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

const AUDIT_FIELDS = 'id version status suggestedGrade overallGrade overrideReason returnReason sections { code grade evidence judgements { key judgement } }';
const SAVE = `mutation ($id: UUID!, $version: Int!, $code: String!, $grade: Int, $evidence: String!, $judgements: [CriterionJudgementInput!]!) {
  saveAuditSection(id: $id, version: $version, code: $code, grade: $grade, evidence: $evidence, judgements: $judgements) { ${AUDIT_FIELDS} }
}`;
const SUBMIT = `mutation ($id: UUID!, $version: Int!, $overallGrade: Int, $overrideReason: String) {
  submitAudit(id: $id, version: $version, strengths: "Clear voice of the child", areasForDevelopment: "Quantify provision in F", overallGrade: $overallGrade, overrideReason: $overrideReason) { ${AUDIT_FIELDS} }
}`;
const CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K', 'PLAN'];

let app: TestApp;
let qa: string;
let auditor: string;
const audits: { id: string; version: number }[] = [];

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  auditor = await app.login('auditor@example.org');
  const la = await localAuthorityId(app, '874');
  const rubricVersionId = (await app.sql<{ id: string }>("select id from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'", [la]))[0]!.id;
  const cycle = (
    await app.graphql(
      `mutation ($la: UUID!, $rv: UUID!) { createAuditCycle(localAuthorityId: $la, name: "Spring 2026", kind: EHCP_AUDIT, term: SPRING, academicYear: 2025,
        opensOn: "2026-01-05", closesOn: "2026-03-27", rubricVersionId: $rv, sampleSize: 3, seed: 11) { id version } }`,
      { la, rv: rubricVersionId },
      qa,
    )
  ).data?.createAuditCycle;
  await app.graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }', cycle, qa);
  const auditorId = (await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'"))[0]!.id;
  for (const row of await app.sql<{ id: string; version: number }>('select id, version from audit where cycle_id = $1 order by id', [cycle.id])) {
    const assigned = await app.graphql(
      'mutation ($id: UUID!, $version: Int!, $auditorId: UUID!) { assignAudit(id: $id, version: $version, auditorId: $auditorId) { id version } }',
      { ...row, auditorId },
      qa,
    );
    audits.push(assigned.data?.assignAudit);
  }
});
afterAll(async () => {
  await app?.close();
});

async function save(audit: { id: string; version: number }, code: string, grade: number | null, judgements: { key: string; judgement: string }[] = [], token = auditor) {
  return app.graphql(SAVE, { id: audit.id, version: audit.version, code, grade, evidence: `Evidence for ${code}`, judgements }, token);
}

describe('scoring an audit, section by section', () => {
  it('saves each section, keeps them in rubric order, and suggests the overall grade by the default rule', async () => {
    let audit = audits[0]!;
    // Good everywhere, but F (a limiting section) Inadequate: the median is Good (3), capped at F + 1 = 2.
    for (const code of [...CODES].reverse()) {
      const result = await save(audit, code, code === 'F' ? 1 : 3, code === 'B' ? [{ key: 'B.1', judgement: 'MET' }, { key: 'B.5', judgement: 'PARTLY_MET' }] : []);
      expect(result.errors).toBeUndefined();
      audit = result.data?.saveAuditSection;
    }
    expect(audit).toMatchObject({ status: 'IN_PROGRESS', suggestedGrade: 2 });
    expect((audit as unknown as { sections: { code: string }[] }).sections.map((s) => s.code)).toEqual(CODES);
    audits[0] = audit;
  });

  it('is safe to repeat: the same section sent again on a stale version is accepted, a different one is a conflict', async () => {
    const stale = { id: audits[0]!.id, version: audits[0]!.version - 1 };
    const same = await save(stale, 'A', 3);
    expect(same.errors).toBeUndefined();
    expect(same.data?.saveAuditSection.version).toBe(audits[0]!.version);
    const different = await save(stale, 'A', 4);
    expect(different.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a section the rubric version lacks and a criterion from another section, naming them', async () => {
    const noSection = await save(audits[0]!, 'Z', 3);
    expect(noSection.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'code', rule: 'inRubric' })]);
    const wrongCriterion = await save(audits[0]!, 'A', 3, [{ key: 'F.1', judgement: 'MET' }]);
    expect(wrongCriterion.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'judgements[0].key', rule: 'inSection' })]);
  });

  it('refuses to submit with sections unscored, and nothing changes', async () => {
    let audit = audits[1]!;
    audit = (await save(audit, 'A', 4)).data?.saveAuditSection;
    const result = await app.graphql(SUBMIT, { id: audit.id, version: audit.version }, auditor);
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'sections', rule: 'allSectionsGraded' })]);
    expect(result.errors?.[0]?.message).toContain('B, C, D, E, F, G, H1, H2, I, J, K, PLAN');
    expect(await count(app, "select count(*) as n from audit where id = $1 and status = 'IN_PROGRESS' and version = $2", [audit.id, audit.version])).toBe(1);
  });

  it('needs a written reason to override the suggested grade, then submits; the auditor can no longer change it', async () => {
    const audit = audits[0]!;
    const noReason = await app.graphql(SUBMIT, { id: audit.id, version: audit.version, overallGrade: 3 }, auditor);
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'overrideReason', rule: 'reasonRequired' })]);

    const submitted = await app.graphql(SUBMIT, { id: audit.id, version: audit.version, overallGrade: 3, overrideReason: 'F was amended before issue' }, auditor);
    expect(submitted.data?.submitAudit).toMatchObject({ status: 'SUBMITTED', suggestedGrade: 2, overallGrade: 3, overrideReason: 'F was amended before issue' });
    const after = submitted.data?.submitAudit;
    const refused = await save(after, 'A', 4);
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'id', rule: 'notEditable' })]);
    audits[0] = after;
  });

  it('lets only the assigned auditor score, and a QA officer return a submitted audit with a reason', async () => {
    const notMine = await save(audits[2]!, 'A', 3, [], qa);
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const returned = await app.graphql(
      'mutation ($id: UUID!, $version: Int!) { returnAudit(id: $id, version: $version, reason: "Evidence for B is thin") { id version status returnReason } }',
      audits[0],
      qa,
    );
    expect(returned.data?.returnAudit).toMatchObject({ status: 'RETURNED', returnReason: 'Evidence for B is thin' });
    const again = await save(returned.data?.returnAudit, 'B', 3, [{ key: 'B.1', judgement: 'MET' }]);
    expect(again.data?.saveAuditSection.status).toBe('IN_PROGRESS');
  });
});
