import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { count } from '../helpers/fixture-rows.js';

const VERSION_FIELDS = 'id version number status derivation publishedAt thresholds { minScore grade } sections { code title guidance weight limiting criteria { key statement guidance weight fromYear } }';
const RUBRICS = `{ allRubrics { id name localAuthority { code } versions { ${VERSION_FIELDS} } } }`;
const DRAFT_NEXT = `mutation ($rubricId: UUID!) { createRubricVersion(rubricId: $rubricId) { ${VERSION_FIELDS} } }`;
const UPDATE = `mutation ($id: UUID!, $version: Int!, $sections: [RubricSectionInput!], $thresholds: [ScoreThresholdInput!]) {
  updateRubricVersion(id: $id, version: $version, sections: $sections, thresholds: $thresholds) { ${VERSION_FIELDS} }
}`;
const PUBLISH = `mutation ($id: UUID!, $version: Int!) { publishRubricVersion(id: $id, version: $version) { ${VERSION_FIELDS} } }`;

type Section = { code: string; title: string; guidance: string; weight: number; limiting: boolean; criteria: Record<string, unknown>[] };
const asInput = (sections: Section[]) => sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => ({ ...c })) }));

let app: TestApp;
let qa: string;
beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
});

describe('rubrics', () => {
  it('gives every local authority the default rubric, published, sections A to K and the whole plan', async () => {
    const both = await app.graphql(RUBRICS, {}, qa);
    expect(both.data?.allRubrics.map((r: { localAuthority: { code: string } }) => r.localAuthority.code).sort()).toEqual(['873', '874']);
    const [version] = both.data?.allRubrics[0].versions;
    expect(version).toMatchObject({ number: 1, status: 'PUBLISHED', derivation: 'AUDITOR_JUDGEMENT' });
    expect(version.sections.map((s: Section) => s.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K', 'PLAN']);
    expect(version.sections.find((s: Section) => s.code === 'E').criteria.find((c: { fromYear: number | null }) => c.fromYear === 9)).toBeDefined();
    const one = await app.graphql(RUBRICS, {}, await app.login('qa.peterborough@example.org'));
    expect(one.data?.allRubrics).toHaveLength(1);
    expect(one.data?.allRubrics[0].localAuthority.code).toBe('874');
  });

  it('edits a new draft version, publishes it, and then refuses to change it; version 1 stays as it was', async () => {
    const [rubric] = (await app.graphql(RUBRICS, {}, qa)).data?.allRubrics;
    const first = rubric.versions[0];
    const before = await app.sql<{ sections: unknown }>('select sections from rubric_version where id = $1', [first.id]);

    const draft = (await app.graphql(DRAFT_NEXT, { rubricId: rubric.id }, qa)).data?.createRubricVersion;
    expect(draft).toMatchObject({ number: 2, status: 'DRAFT', publishedAt: null });
    expect(draft.sections).toEqual(first.sections);

    const again = await app.graphql(DRAFT_NEXT, { rubricId: rubric.id }, qa);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'rubricId', rule: 'oneDraftAtATime' }] });

    const sections = asInput(draft.sections);
    sections[0]!.guidance = 'Hear the child first.';
    sections[0]!.criteria.push({ statement: 'The child helped to write this section', guidance: '', weight: 1 });
    const edited = await app.graphql(UPDATE, { id: draft.id, version: draft.version, sections }, qa);
    expect(edited.errors).toBeUndefined();
    const a = edited.data?.updateRubricVersion.sections[0];
    expect(a.guidance).toBe('Hear the child first.');
    expect(a.criteria.at(-1)).toMatchObject({ key: `A.${a.criteria.length}`, statement: 'The child helped to write this section' });
    expect(a.criteria[0].key).toBe(first.sections[0].criteria[0].key);

    const published = (await app.graphql(PUBLISH, { id: draft.id, version: edited.data?.updateRubricVersion.version }, qa)).data?.publishRubricVersion;
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).toEqual(expect.any(String));

    const refused = await app.graphql(UPDATE, { id: draft.id, version: published.version, sections: asInput(published.sections).slice(1) }, qa);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', rule: 'publishedIsImmutable' }] });
    const refusedFirst = await app.graphql(UPDATE, { id: first.id, version: first.version, sections: [] }, qa);
    expect(refusedFirst.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ rule: 'publishedIsImmutable' })]);
    expect(await app.sql('select sections from rubric_version where id = $1', [first.id])).toEqual(before);

    const remove = await app.graphql('mutation ($id: UUID!) { deleteRubricVersion(id: $id) { id } }', { id: first.id }, qa);
    expect(remove.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ rule: 'publishedIsImmutable' })]);
    const removeRubric = await app.graphql('mutation ($id: UUID!) { deleteRubric(id: $id) { id } }', { id: rubric.id }, qa);
    expect(removeRubric.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ rule: 'noPublishedVersions' })]);
  });

  it('refuses duplicate section codes and thresholds that leave scores without a grade, saving nothing', async () => {
    const created = await app.graphql(
      `mutation ($la: UUID!) { createRubric(localAuthorityId: $la, name: "Thematic review: preparing for adulthood") { id versions { ${VERSION_FIELDS} } } }`,
      { la: (await app.sql<{ id: string }>("select id from local_authority where code = '873'"))[0]!.id },
      qa,
    );
    const draft = created.data?.createRubric.versions[0];
    expect(draft).toMatchObject({ number: 1, status: 'DRAFT' });
    const sections = asInput(draft.sections);
    sections[1]!.code = 'A';
    const result = await app.graphql(UPDATE, { id: draft.id, version: draft.version, sections, thresholds: [{ minScore: 0.5, grade: 3 }, { minScore: 0.2, grade: 4 }] }, qa);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.rule}`)).toEqual([
      'sections[1].code:unique',
      'thresholds:coversZero',
      'thresholds:higherScoreHigherGrade',
    ]);
    expect(await count(app, 'select count(*) as n from rubric_version where id = $1 and version = $2', [draft.id, draft.version])).toBe(1);
  });

  it('lets only admins and QA officers change rubrics', async () => {
    const [rubric] = (await app.graphql(RUBRICS, {}, qa)).data?.allRubrics;
    for (const email of ['auditor@example.org', 'viewer@example.org', 'dco@example.org']) {
      const token = await app.login(email);
      expect((await app.graphql(RUBRICS, {}, token)).data?.allRubrics.length).toBe(await count(app, 'select count(*) as n from rubric'));
      const refused = await app.graphql(DRAFT_NEXT, { rubricId: rubric.id }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
