import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import type { Versioned } from '../helpers/audits.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/** A rubric version can require every criterion judged and every section evidenced before an audit is submitted. */

const SAVE = `mutation ($id: UUID!, $version: Int!, $code: String!, $grade: Int, $evidence: String!, $judgements: [CriterionJudgementInput!]!) {
  saveAuditSection(id: $id, version: $version, code: $code, grade: $grade, evidence: $evidence, judgements: $judgements) { id version status } }`;
const SUBMIT = 'mutation ($id: UUID!, $version: Int!) { submitAudit(id: $id, version: $version, strengths: "", areasForDevelopment: "") { id version status } }';
const REQUIRE = `mutation ($id: UUID!, $version: Int!, $judgements: Boolean, $evidence: Boolean) {
  updateRubricVersion(id: $id, version: $version, requireJudgements: $judgements, requireEvidence: $evidence) { id version requireJudgements requireEvidence } }`;
const PUBLISH = 'mutation ($id: UUID!, $version: Int!) { publishRubricVersion(id: $id, version: $version) { id version } }';

let app: TestApp;
let qa: string;
let auditor: string;
let la: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  auditor = await app.login('auditor@example.org');
  la = await localAuthorityId(app, '873');
});
afterAll(async () => {
  await app?.close();
});

/** A published EHCP rubric of Cambridgeshire, as its version 1 with the requirements given. */
async function publishedRubric(name: string, require: { judgements: boolean; evidence: boolean }): Promise<string> {
  const created = await app.graphql('mutation ($la: UUID!, $name: String!) { createRubric(localAuthorityId: $la, name: $name) { versions { id version } } }', { la, name }, qa);
  const draft = created.data?.createRubric.versions[0] as Versioned;
  const required = await app.graphql(REQUIRE, { ...draft, ...require }, qa);
  expect(required.data?.updateRubricVersion).toMatchObject({ requireJudgements: require.judgements, requireEvidence: require.evidence });
  expect((await app.graphql(PUBLISH, required.data?.updateRubricVersion, qa)).errors).toBeUndefined();
  return draft.id;
}

/** One sampled audit scored against the version, assigned to auditor@example.org. */
async function auditAgainst(rubricVersionId: string, seed: number): Promise<Versioned> {
  const cycle = (
    await app.graphql(
      `mutation ($la: UUID!, $rv: UUID!, $seed: Int!) { createAuditCycle(localAuthorityId: $la, name: "Requirements", kind: EHCP_AUDIT, term: SUMMER, academicYear: 2025,
        opensOn: "2026-04-20", closesOn: "2026-07-17", rubricVersionId: $rv, sampleSize: 1, seed: $seed, reauditBelowGood: false) { id version } }`,
      { la, rv: rubricVersionId, seed },
      qa,
    )
  ).data?.createAuditCycle as Versioned;
  await app.graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }', { ...cycle }, qa);
  const [audit] = await app.sql<Versioned>('select id, version from audit where cycle_id = $1', [cycle.id]);
  const assigned = await app.graphql('mutation ($id: UUID!, $version: Int!, $a: UUID!) { assignAudit(id: $id, version: $version, auditorId: $a) { id version } }', {
    ...audit,
    a: (await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'"))[0]!.id,
  }, qa);
  return assigned.data?.assignAudit as Versioned;
}

/** The version's sections and their criterion keys, in rubric order, from the table. */
async function rubricSections(rubricVersionId: string): Promise<{ code: string; keys: string[] }[]> {
  const rows = await app.sql<{ code: string; keys: string[] }>(
    `select s->>'code' as code, array(select c->>'key' from jsonb_array_elements(s->'criteria') with ordinality as k(c, m) order by m) as keys
       from rubric_version rv, jsonb_array_elements(rv.sections) with ordinality as t(s, n) where rv.id = $1 order by n`,
    [rubricVersionId],
  );
  return rows;
}

/** Grades every section 3; judges the criteria `judged` picks and writes `evidence` in each. */
async function score(audit: Versioned, sections: { code: string; keys: string[] }[], judged: (keys: string[]) => string[], evidence: (code: string) => string) {
  let current = audit;
  for (const { code, keys } of sections) {
    const saved = await app.graphql(SAVE, { ...current, code, grade: 3, evidence: evidence(code), judgements: judged(keys).map((key) => ({ key, judgement: 'MET' })) }, auditor);
    expect(saved.errors).toBeUndefined();
    current = saved.data?.saveAuditSection as Versioned;
  }
  return current;
}

describe('what a rubric requires before an audit is submitted', () => {
  it('refuses a submission with criteria unjudged or evidence empty, naming every criterion and section, and takes it once they are done', async () => {
    const version = await publishedRubric('Judged and evidenced', { judgements: true, evidence: true });
    const sections = await rubricSections(version);
    const audit = await auditAgainst(version, 501);
    // The first criterion of each section judged; evidence in every section but the first two.
    const scored = await score(audit, sections, (keys) => keys.slice(0, 1), (code) => (sections.slice(0, 2).some((s) => s.code === code) ? '  ' : `Seen in ${code}.`));

    const refused = await app.graphql(SUBMIT, { ...scored }, auditor);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = refused.errors?.[0]?.extensions?.fields ?? [];
    expect(fields.map((f) => `${f.field}:${f.rule}`)).toEqual(['judgements:allCriteriaJudged', 'evidence:evidenceInEverySection']);
    const unjudged = sections.flatMap((s) => s.keys.slice(1));
    expect(unjudged.length).toBeGreaterThan(0);
    expect(fields[0]!.message).toContain(`still to judge: ${unjudged.join(', ')}`);
    expect(fields[1]!.message).toContain(`none yet in: ${sections[0]!.code}, ${sections[1]!.code}`);
    expect((await app.sql<{ status: string }>('select status from audit where id = $1', [audit.id]))[0]!.status).toBe('IN_PROGRESS');

    const done = await score(scored, sections, (keys) => keys, (code) => `Seen in ${code}.`);
    const submitted = await app.graphql(SUBMIT, { ...done }, auditor);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitAudit.status).toBe('SUBMITTED');
  });

  it('requires only what the version asks: evidence alone leaves criteria to the auditor', async () => {
    const version = await publishedRubric('Evidenced only', { judgements: false, evidence: true });
    const sections = await rubricSections(version);
    const audit = await auditAgainst(version, 502);
    const scored = await score(audit, sections, () => [], (code) => (code === sections.at(-1)!.code ? '' : 'Noted.'));
    const refused = await app.graphql(SUBMIT, { ...scored }, auditor);
    expect(refused.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.rule}:${f.message.split(': ').at(-1)}`)).toEqual([
      `evidence:evidenceInEverySection:${sections.at(-1)!.code}`,
    ]);
  });

  it('requires nothing of a version that does not ask: the warning is the auditor’s to heed', async () => {
    const [shipped] = await app.sql<{ id: string; require_judgements: boolean; require_evidence: boolean }>(
      "select id, require_judgements, require_evidence from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'",
      [la],
    );
    expect(shipped).toMatchObject({ require_judgements: false, require_evidence: false });
    const sections = await rubricSections(shipped!.id);
    const scored = await score(await auditAgainst(shipped!.id, 503), sections, () => [], () => '');
    expect((await app.graphql(SUBMIT, { ...scored }, auditor)).data?.submitAudit.status).toBe('SUBMITTED');
  });

  it('is fixed once the version is published, and carried into the next version', async () => {
    const version = await publishedRubric('Fixed requirements', { judgements: true, evidence: false });
    const [current] = await app.sql<Versioned & { rubric_id: string }>('select id, version, rubric_id from rubric_version where id = $1', [version]);
    const changed = await app.graphql(REQUIRE, { id: current!.id, version: current!.version, judgements: false }, qa);
    expect(changed.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'id', rule: 'publishedIsImmutable' })]);
    const next = await app.graphql('mutation ($id: UUID!) { createRubricVersion(rubricId: $id) { number requireJudgements requireEvidence } }', { id: current!.rubric_id }, qa);
    expect(next.data?.createRubricVersion).toEqual({ number: 2, requireJudgements: true, requireEvidence: false });
  });
});

describe('how a rubric version is named and chosen', () => {
  it('is labelled with its rubric, purpose, local authority and number, and listed by purpose', async () => {
    // A published rubric of another purpose, which a list for EHCP audits must leave out.
    const other = await app.graphql('mutation ($la: UUID!) { createRubric(localAuthorityId: $la, name: "Advice review", purpose: HEALTH_ADVICE) { versions { id version } } }', { la }, qa);
    expect((await app.graphql(PUBLISH, other.data?.createRubric.versions[0], qa)).errors).toBeUndefined();
    const rows = await app.sql<{ id: string; number: number; name: string; purpose: string; authority: string }>(
      `select rv.id, rv.number, r.name, r.purpose, la.name as authority from rubric_version rv join rubric r on r.id = rv.rubric_id
         join local_authority la on la.id = rv.local_authority_id where rv.status = 'PUBLISHED' and r.purpose = 'EHCP_AUDIT' and rv.local_authority_id = $1`,
      [la],
    );
    expect(rows.length).toBeGreaterThan(0);
    const listed = await app.graphql('query ($filter: RubricVersionFilter) { allRubricVersions(filter: $filter, perPage: 100) { id label } }', {
      filter: { localAuthorityId: la, status: 'PUBLISHED', purpose: 'EHCP_AUDIT' },
    }, qa);
    expect(listed.data?.allRubricVersions).toEqual(
      expect.arrayContaining(rows.map((row) => ({ id: row.id, label: `${row.name} (EHCP audits, ${row.authority}), version ${row.number}` }))),
    );
    expect(listed.data?.allRubricVersions).toHaveLength(rows.length);
    expect(listed.data?.allRubricVersions.map((v: { id: string }) => v.id)).not.toContain(other.data?.createRubric.versions[0].id);
  });
});
