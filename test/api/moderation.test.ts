import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, finalise, scoreAndSubmit, type Versioned } from '../helpers/audits.js';

const READ = 'query ($id: UUID!) { Audit(id: $id) { status overallGrade suggestedGrade strengths sections { code grade } moderatorGrade agreedGrade } }';
const REQUEST = 'mutation ($id: UUID!, $version: Int!, $m: UUID!) { requestModeration(id: $id, version: $version, moderatorId: $m) { id version } }';
const GRADE = 'mutation ($id: UUID!, $version: Int!, $grade: Int!) { recordModeratorGrade(id: $id, version: $version, grade: $grade) { id version overallGrade } }';
const AGREE = 'mutation ($id: UUID!, $version: Int!, $g: Int!) { agreeAuditGrade(id: $id, version: $version, agreedGrade: $g, notes: "Agreed after discussion") { id version status agreedGrade } }';
const AGREEMENT = 'query ($by: Boolean) { moderationAgreement(byAuditor: $by) { cycleId auditorId moderated exact withinOne exactPercent withinOnePercent } }';

let app: TestApp;
let qa: string;
let moderator: string;
let moderatorId: string;
let submitted: Versioned[];

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  moderator = await app.login('qa.peterborough@example.org');
  moderatorId = (await app.sql<{ id: string }>("select id from app_user where email = 'qa.peterborough@example.org'"))[0]!.id;
  const auditor = await app.login('auditor@example.org');
  const audits = await assignedCycle(app, qa, '874', { term: 'SPRING', academicYear: 2025, opensOn: '2026-01-05', size: 3, seed: 21 });
  submitted = [await scoreAndSubmit(app, auditor, audits[0]!, 3), await scoreAndSubmit(app, auditor, audits[1]!, 2), await scoreAndSubmit(app, auditor, audits[2]!, 4)];
});
afterAll(async () => {
  await app?.close();
});

describe('moderation', () => {
  it("hides the auditor's grades from the moderator until the moderator has graded, and from no one else", async () => {
    let audit = (await app.graphql(REQUEST, { ...submitted[0], m: moderatorId }, qa)).data?.requestModeration;
    const blind = (await app.graphql(READ, { id: audit.id }, moderator)).data?.Audit;
    expect(blind).toMatchObject({ status: 'SUBMITTED', overallGrade: null, suggestedGrade: null, strengths: '', sections: [] });
    const others = (await app.graphql(READ, { id: audit.id }, qa)).data?.Audit;
    expect(others).toMatchObject({ overallGrade: 3, suggestedGrade: 3 });
    expect(others.sections).toHaveLength(13);

    audit = (await app.graphql(GRADE, { ...audit, grade: 2 }, moderator)).data?.recordModeratorGrade;
    expect(audit.overallGrade).toBe(3);
    const again = await app.graphql(GRADE, { ...audit, grade: 3 }, moderator);
    expect(again.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'grade', rule: 'alreadyGiven' })]);

    const agreed = (await app.graphql(AGREE, { ...audit, g: 2 }, moderator)).data?.agreeAuditGrade;
    expect(agreed).toMatchObject({ status: 'MODERATED', agreedGrade: 2 });
    expect(await finalise(app, qa, agreed)).toEqual({ status: 'FINAL' });
    // The agreed grade is the one that counts.
    const [outcome] = await app.sql<{ grade: number }>('select grade from audit_outcome where audit_id = $1', [agreed.id]);
    expect(outcome!.grade).toBe(2);
  });

  it('lets only the named moderator moderate, never the auditor, and asks for their own grade before the agreed one', async () => {
    const [auditor] = await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'");
    const own = await app.graphql(REQUEST, { ...submitted[1], m: auditor!.id }, qa);
    expect(own.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'moderatorId', rule: 'notTheAuditor' })]);

    const audit = (await app.graphql(REQUEST, { ...submitted[1], m: moderatorId }, qa)).data?.requestModeration;
    const stranger = await app.graphql(GRADE, { ...audit, grade: 2 }, qa);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooSoon = await app.graphql(AGREE, { ...audit, g: 2 }, moderator);
    expect(tooSoon.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'agreedGrade', rule: 'moderatorGradeFirst' })]);
    const graded = (await app.graphql(GRADE, { ...audit, grade: 2 }, moderator)).data?.recordModeratorGrade;
    await app.graphql(AGREE, { ...graded, g: 2 }, moderator);

    const third = (await app.graphql(REQUEST, { ...submitted[2], m: moderatorId }, qa)).data?.requestModeration;
    await app.graphql(GRADE, { ...third, grade: 2 }, moderator);
  });

  it('reports exact agreement and agreement within one grade, equal to the counts from the audits themselves', async () => {
    const rows = await app.sql<{ moderated: string; exact: string; within: string }>(
      `select count(*) as moderated, count(*) filter (where moderator_grade = overall_grade) as exact,
              count(*) filter (where abs(moderator_grade - overall_grade) <= 1) as within
         from audit where moderator_grade is not null`,
    );
    const [expected] = rows;
    // Auditor 3 vs moderator 2, 2 vs 2, 4 vs 2: one exact, two within one grade.
    expect(expected).toEqual({ moderated: '3', exact: '1', within: '2' });
    const [cycle] = (await app.graphql(AGREEMENT, {}, qa)).data?.moderationAgreement;
    expect(cycle).toMatchObject({ moderated: 3, exact: 1, withinOne: 2, auditorId: null });
    expect(cycle.exactPercent).toBeCloseTo(100 / 3, 10);
    expect(cycle.withinOnePercent).toBeCloseTo(200 / 3, 10);
    const byAuditor = (await app.graphql(AGREEMENT, { by: true }, qa)).data?.moderationAgreement;
    expect(byAuditor).toEqual([expect.objectContaining({ moderated: 3, auditorId: expect.any(String) })]);
  });

  it("reports the share moderated and the agreement against the cycle's own targets, which must be percentages", async () => {
    const [cycle] = await app.sql<{ id: string; version: number }>('select c.id, c.version from audit_cycle c join audit a on a.cycle_id = c.id where a.id = $1', [submitted[0]!.id]);
    const UPDATE = 'mutation ($id: UUID!, $version: Int!, $share: Int, $target: Int) { updateAuditCycle(id: $id, version: $version, moderationSharePercent: $share, agreementTargetPercent: $target) { id version } }';
    const refused = await app.graphql(UPDATE, { ...cycle, share: 101, target: 30 }, qa);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'moderationSharePercent', rule: 'max' })] });
    expect((await app.graphql(UPDATE, { ...cycle, share: 50, target: 30 }, qa)).errors).toBeUndefined();
    const [expected] = await app.sql<{ submitted: string }>(`select count(*) as submitted from audit where cycle_id = $1 and status in ('SUBMITTED', 'MODERATED', 'FINAL')`, [cycle!.id]);
    const [figures] = (await app.graphql('{ moderationAgreement { submitted moderated moderatedPercent moderationSharePercent exactPercent agreementTargetPercent meetsAgreementTarget } }', {}, qa)).data?.moderationAgreement;
    // Three submitted, three moderated, one exact: 33% exact agreement meets a 30% target.
    expect(figures).toMatchObject({ submitted: Number(expected!.submitted), moderated: 3, moderatedPercent: 100, moderationSharePercent: 50, agreementTargetPercent: 30, meetsAgreementTarget: true });
  });
});

