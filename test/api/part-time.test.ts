import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { count, localAuthorityId } from '../helpers/fixture-rows.js';

const FIELDS = 'id version status senStatus startDate agreedEndDate hoursPerWeek currentHours fullTimeHours nextReviewDate endedOn reviewOverdue consentMissing missingAgreements overMaximum reviews { reviewDate hoursPerWeek decision nextReviewDate }';
const CREATE = `mutation ($localAuthorityId: UUID!, $childId: UUID!, $settingId: UUID!, $senStatus: SenStatus!, $startDate: LocalDate!, $agreedEndDate: LocalDate!, $hoursPerWeek: Float!, $parentAgreementDate: LocalDate) {
  createPartTimeTimetable(localAuthorityId: $localAuthorityId, childId: $childId, settingId: $settingId, senStatus: $senStatus, startDate: $startDate, agreedEndDate: $agreedEndDate,
    hoursPerWeek: $hoursPerWeek, reason: MEDICAL, parentAgreementDate: $parentAgreementDate, parentAgreedBy: "mother", returnPlan: "An extra hour each week") { ${FIELDS} }
}`;
const REVIEW = `mutation ($timetableId: UUID!, $reviewDate: LocalDate!, $hoursPerWeek: Float!, $decision: ReviewDecision!, $nextReviewDate: LocalDate) {
  createPartTimeReview(timetableId: $timetableId, reviewDate: $reviewDate, hoursPerWeek: $hoursPerWeek, decision: $decision, nextReviewDate: $nextReviewDate) { id timetable { ${FIELDS} } }
}`;
const FIGURES = `query ($localAuthorityId: UUID!, $asOf: LocalDate) { partTimeFigures(localAuthorityId: $localAuthorityId, asOf: $asOf) {
  active reviewOverdue consentMissing overMaximum ended medianWeeks baselineDate baselineCount targetReductionPercent targetDate targetCount reductionPercent trajectoryCount onTrack
  bySenStatus { key count } bySetting { key label count } byPhase { key count } byPrimaryNeed { key count } } }`;
const IMPORT = `mutation ($localAuthorityId: UUID!, $settingId: UUID!, $csv: String!) {
  importPartTimeReturn(localAuthorityId: $localAuthorityId, settingId: $settingId, academicYear: 2026, halfTerm: 1, csv: $csv) {
    accepted imported duplicates invalid fileProblems { field rule } rows { line caseReference outcome problems { field rule message } } schoolReturn { id rowCount } } }`;

let app: TestApp;
let qa: string;
let cam: string;
let pet: string;
/** A child of 873 with no plan (SEN support), of primary school age, and a primary school of 873. */
let pupil: { id: string; case_reference: string };
let school: string;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const fieldsOf = (response: { errors?: { extensions?: { fields?: { field: string; rule: string }[] } }[] }) =>
  (response.errors?.[0]?.extensions?.fields ?? []).map(({ field, rule }) => ({ field, rule }));

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  cam = await localAuthorityId(app, '873');
  pet = await localAuthorityId(app, '874');
  pupil = (await app.sql<{ id: string; case_reference: string }>(
    `select c.id, c.case_reference from child c where c.local_authority_id = $1 and not exists (select 1 from plan p where p.child_id = c.id)
        and c.date_of_birth between '2016-09-01' and '2018-08-31' and not c.looked_after order by c.case_reference limit 1`,
    [cam],
  ))[0]!;
  school = (await app.sql<{ id: string }>("select id from setting where local_authority_id = $1 and type = 'MAINSTREAM' and phase = 'PRIMARY' order by urn limit 1", [cam]))[0]!.id;
});
afterAll(async () => {
  await app?.close();
});

const figures = async (asOf: string, token = qa, la = cam) => (await app.graphql(FIGURES, { localAuthorityId: la, asOf }, token)).data?.partTimeFigures;

describe('a timetable from start to end', () => {
  it('is created, reviewed and ended, and the as-of count moves by exactly one', async () => {
    const before = await figures('2026-10-05');
    const dayBefore = await figures('2026-09-30');
    const midway = await figures('2026-10-20');
    const created = await app.graphql(CREATE, { localAuthorityId: cam, childId: pupil.id, settingId: school, senStatus: 'SEN_SUPPORT', startDate: '2026-10-01', agreedEndDate: '2026-10-15', hoursPerWeek: 10, parentAgreementDate: '2026-09-28' }, qa);
    const timetable = created.data?.createPartTimeTimetable;
    // A primary pupil has the authority's key stage 1 or 2 benchmark (by default DfE's 32.5-hour week).
    expect(timetable).toMatchObject({ status: 'ACTIVE', senStatus: 'SEN_SUPPORT', hoursPerWeek: 10, currentHours: 10, nextReviewDate: '2026-10-15', consentMissing: false, missingAgreements: [] });
    const [policy] = await app.sql<{ key_stage1hours: number; key_stage2hours: number }>('select key_stage1hours, key_stage2hours from part_time_policy where local_authority_id = $1', [cam]);
    expect([policy!.key_stage1hours, policy!.key_stage2hours]).toContain(timetable.fullTimeHours);
    expect(policy).toEqual({ key_stage1hours: 32.5, key_stage2hours: 32.5 });
    expect((await figures('2026-10-05')).active).toBe(before.active + 1);
    expect((await figures('2026-09-30')).active).toBe(dayBefore.active);
    expect((await figures('2026-10-05')).bySenStatus.find((g: { key: string }) => g.key === 'SEN_SUPPORT').count).toBe(
      (before.bySenStatus.find((g: { key: string }) => g.key === 'SEN_SUPPORT')?.count ?? 0) + 1,
    );

    const increased = (await app.graphql(REVIEW, { timetableId: timetable.id, reviewDate: '2026-10-15', hoursPerWeek: 15, decision: 'INCREASE', nextReviewDate: '2026-10-29' }, qa)).data?.createPartTimeReview.timetable;
    expect(increased).toMatchObject({ status: 'ACTIVE', currentHours: 15, nextReviewDate: '2026-10-29' });

    const afterEnd = await figures('2026-11-02');
    const ended = (await app.graphql(REVIEW, { timetableId: timetable.id, reviewDate: '2026-10-29', hoursPerWeek: timetable.fullTimeHours, decision: 'END' }, qa)).data?.createPartTimeReview.timetable;
    expect(ended).toMatchObject({ status: 'ENDED_FULL_TIME', endedOn: '2026-10-29', currentHours: timetable.fullTimeHours, reviewOverdue: false });
    expect(ended.reviews.map((r: { hoursPerWeek: number }) => r.hoursPerWeek)).toEqual([15, timetable.fullTimeHours]);
    expect((await figures('2026-11-02')).active).toBe(afterEnd.active - 1);
    expect((await figures('2026-10-20')).active).toBe(midway.active + 1);

    const again = await app.graphql(REVIEW, { timetableId: timetable.id, reviewDate: '2026-11-01', hoursPerWeek: 20, decision: 'CONTINUE', nextReviewDate: '2026-11-15' }, qa);
    expect(fieldsOf(again)).toContainEqual({ field: 'timetableId', rule: 'active' });
  });

  it('flags a timetable longer than the maximum until an extension and its reason are recorded', async () => {
    const created = (await app.graphql(CREATE, { localAuthorityId: cam, childId: pupil.id, settingId: school, senStatus: 'SEN_SUPPORT', startDate: '2026-06-01', agreedEndDate: '2026-08-31', hoursPerWeek: 12, parentAgreementDate: '2026-05-28' }, qa)).data?.createPartTimeTimetable;
    expect(created.overMaximum).toBe(true);
    const extended = await app.graphql(
      `mutation ($id: UUID!, $version: Int!) { updatePartTimeTimetable(id: $id, version: $version, extendedUntil: "2026-12-18", extensionReason: "Medical advice: a term's phased return") { overMaximum version } }`,
      { id: created.id, version: created.version },
      qa,
    );
    expect(extended.data?.updatePartTimeTimetable.overMaximum).toBe(false);
    const halfExtended = await app.graphql(
      'mutation ($id: UUID!, $version: Int!) { updatePartTimeTimetable(id: $id, version: $version, extensionReason: null) { id } }',
      { id: created.id, version: extended.data?.updatePartTimeTimetable.version },
      qa,
    );
    expect(fieldsOf(halfExtended)).toEqual([{ field: 'extensionReason', rule: 'bothOrNeither' }]);
    await app.graphql('mutation ($id: UUID!) { deletePartTimeTimetable(id: $id) { id } }', { id: created.id }, qa);
  });
});

describe('bad input', () => {
  const valid = () => ({ localAuthorityId: cam, childId: pupil.id, settingId: school, senStatus: 'SEN_SUPPORT', startDate: '2026-03-02', agreedEndDate: '2026-03-16', hoursPerWeek: 10, parentAgreementDate: '2026-03-01' });
  const rows = () => count(app, 'select count(*) as n from part_time_timetable');

  it('refuses hours above the full-time week or below zero, an end before the start, a child of another authority, an EHCP the child has not got', async () => {
    const stored = await rows();
    expect(fieldsOf(await app.graphql(CREATE, { ...valid(), hoursPerWeek: 33 }, qa))).toEqual([{ field: 'hoursPerWeek', rule: 'belowFullTime' }]);
    expect(fieldsOf(await app.graphql(CREATE, { ...valid(), hoursPerWeek: -1 }, qa))).toEqual([{ field: 'hoursPerWeek', rule: 'notNegative' }]);
    expect(fieldsOf(await app.graphql(CREATE, { ...valid(), agreedEndDate: '2026-03-01' }, qa))).toEqual([{ field: 'agreedEndDate', rule: 'afterStartDate' }]);
    expect(fieldsOf(await app.graphql(CREATE, { ...valid(), senStatus: 'EHCP' }, qa))).toEqual([{ field: 'senStatus', rule: 'hasPlan' }]);
    const [other] = await app.sql<{ id: string }>('select id from child where local_authority_id = $1 limit 1', [pet]);
    expect(fieldsOf(await app.graphql(CREATE, { ...valid(), childId: other!.id }, qa))).toEqual([{ field: 'childId', rule: 'sameLocalAuthority' }]);
    expect(await rows()).toBe(stored);
  });

  it('refuses a review dated before the timetable began, and saves nothing of it', async () => {
    const timetable = (await app.graphql(CREATE, valid(), qa)).data?.createPartTimeTimetable;
    const reviews = await count(app, 'select count(*) as n from part_time_review');
    const early = await app.graphql(REVIEW, { timetableId: timetable.id, reviewDate: '2026-02-27', hoursPerWeek: 12, decision: 'INCREASE', nextReviewDate: '2026-03-20' }, qa);
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(early)).toEqual([{ field: 'reviewDate', rule: 'notBeforeTimetableStart' }]);
    const tooMany = await app.graphql(REVIEW, { timetableId: timetable.id, reviewDate: '2026-03-16', hoursPerWeek: 40, decision: 'INCREASE', nextReviewDate: '2026-03-30' }, qa);
    expect(fieldsOf(tooMany)).toEqual([{ field: 'hoursPerWeek', rule: 'notAboveFullTime' }]);
    expect(await count(app, 'select count(*) as n from part_time_review')).toBe(reviews);
    const [stored] = await app.sql<{ current_hours: number; version: number }>('select current_hours, version from part_time_timetable where id = $1', [timetable.id]);
    expect(stored).toEqual({ current_hours: 10, version: timetable.version });
  });
});

describe('roles and authorities', () => {
  it('lets viewers read but not change, and keeps each authority to its own', async () => {
    const viewer = await app.login('viewer@example.org');
    const list = await app.graphql('{ _allPartTimeTimetablesMeta { count } }', {}, viewer);
    expect(list.data?._allPartTimeTimetablesMeta.count).toBe(await count(app, 'select count(*) as n from part_time_timetable'));
    const refused = await app.graphql(CREATE, { localAuthorityId: cam, childId: pupil.id, settingId: school, senStatus: 'SEN_SUPPORT', startDate: '2026-04-01', agreedEndDate: '2026-04-15', hoursPerWeek: 10 }, viewer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const peterborough = await app.login('qa.peterborough@example.org');
    const own = await app.graphql('{ _allPartTimeTimetablesMeta { count } }', {}, peterborough);
    expect(own.data?._allPartTimeTimetablesMeta.count).toBe(await count(app, 'select count(*) as n from part_time_timetable where local_authority_id = $1', [pet]));
    const theirs = await app.graphql(FIGURES, { localAuthorityId: cam, asOf: '2026-01-01' }, peterborough);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notTheirs = await app.graphql(CREATE, { localAuthorityId: cam, childId: pupil.id, settingId: school, senStatus: 'SEN_SUPPORT', startDate: '2026-04-01', agreedEndDate: '2026-04-15', hoursPerWeek: 10 }, peterborough);
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('half-termly returns', () => {
  const HEADER = 'case_reference,sen_status,start_date,agreed_end_date,hours_per_week,reason,parent_agreement_date,parent_agreed_by,return_plan';
  let children: string[];
  let returningSchool: string;
  beforeAll(async () => {
    const rows = await app.sql<{ case_reference: string }>(
      `select case_reference from child c where local_authority_id = $1 and not exists (select 1 from plan p where p.child_id = c.id)
          and date_of_birth between '2012-09-01' and '2014-08-31' order by case_reference desc limit 3`,
      [cam],
    );
    children = rows.map((row) => row.case_reference);
    returningSchool = (await app.sql<{ id: string }>("select id from setting where local_authority_id = $1 and type = 'MAINSTREAM' and phase = 'SECONDARY' order by urn limit 1", [cam]))[0]!.id;
  });
  const line = (ref: string, hours: string) => `${ref},SEN_SUPPORT,2026-09-07,2026-09-21,${hours},REINTEGRATION,2026-09-03,carer,"Add an afternoon each fortnight, then review"`;
  const timetablesAt = () => count(app, 'select count(*) as n from part_time_timetable where setting_id = $1', [returningSchool]);

  it('imports nothing from a file with one bad row, and names the row and the column', async () => {
    const before = await timetablesAt();
    const csv = [HEADER, line(children[0]!, '12'), line(children[1]!, '99'), line(children[2]!, '15')].join('\n');
    const report = (await app.graphql(IMPORT, { localAuthorityId: cam, settingId: returningSchool, csv }, qa)).data?.importPartTimeReturn;
    expect(report).toMatchObject({ accepted: false, imported: 0, invalid: 1, schoolReturn: null });
    expect(report.rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([[2, 'NOT_IMPORTED'], [3, 'INVALID'], [4, 'NOT_IMPORTED']]);
    expect(report.rows[1].problems.map((p: { field: string; rule: string }) => [p.field, p.rule])).toEqual([['hours_per_week', 'belowFullTime']]);
    expect(await timetablesAt()).toBe(before);
    expect(await count(app, 'select count(*) as n from school_return where setting_id = $1 and academic_year = 2026 and half_term = 1', [returningSchool])).toBe(0);
  });

  it('imports every row of a good file once, and none when it comes again', async () => {
    const before = await timetablesAt();
    const csv = [HEADER, line(children[0]!, '12'), line(children[1]!, '14.5'), line(children[2]!, '15')].join('\r\n') + '\r\n';
    const first = (await app.graphql(IMPORT, { localAuthorityId: cam, settingId: returningSchool, csv }, qa)).data?.importPartTimeReturn;
    expect(first).toMatchObject({ accepted: true, imported: 3, duplicates: 0, invalid: 0, schoolReturn: { rowCount: 3 } });
    expect(await timetablesAt()).toBe(before + 3);
    const second = (await app.graphql(IMPORT, { localAuthorityId: cam, settingId: returningSchool, csv }, qa)).data?.importPartTimeReturn;
    expect(second).toMatchObject({ accepted: true, imported: 0, duplicates: 3, schoolReturn: { id: first.schoolReturn.id } });
    expect(await timetablesAt()).toBe(before + 3);
  });

  it('names unknown and missing columns, and unknown children', async () => {
    const report = (await app.graphql(IMPORT, { localAuthorityId: cam, settingId: returningSchool, csv: 'case_reference,pupil_name\nX,Y' }, qa)).data?.importPartTimeReturn;
    expect(report.accepted).toBe(false);
    expect(report.fileProblems).toContainEqual({ field: 'pupil_name', rule: 'knownColumn' });
    expect(report.fileProblems).toContainEqual({ field: 'hours_per_week', rule: 'requiredColumn' });
    const unknown = (await app.graphql(IMPORT, { localAuthorityId: cam, settingId: returningSchool, csv: [HEADER, line('NOPE-1', '10')].join('\n') }, qa)).data?.importPartTimeReturn;
    expect(unknown.rows[0].problems.map((p: { field: string; rule: string }) => [p.field, p.rule])).toEqual([['case_reference', 'exists']]);
  });

  it('records a nil return and keeps the register of who has returned, the missing flagged', async () => {
    const [nilSchool] = await app.sql<{ id: string }>(
      `select id from setting s where local_authority_id = $1 and type = 'MAINSTREAM' and not exists
         (select 1 from school_return r where r.setting_id = s.id and academic_year = 2025 and half_term = 5) order by urn limit 1`,
      [cam],
    );
    const nil = await app.graphql(
      'mutation ($localAuthorityId: UUID!, $settingId: UUID!, $csv: String!) { importPartTimeReturn(localAuthorityId: $localAuthorityId, settingId: $settingId, academicYear: 2025, halfTerm: 5, csv: $csv) { accepted imported schoolReturn { rowCount } } }',
      { localAuthorityId: cam, settingId: nilSchool!.id, csv: `${HEADER}\n` },
      qa,
    );
    expect(nil.data?.importPartTimeReturn).toEqual({ accepted: true, imported: 0, schoolReturn: { rowCount: 0 } });

    const register = (await app.graphql('query ($la: UUID!) { schoolReturnRegister(localAuthorityId: $la, academicYear: 2025, halfTerm: 5) { setting { id } returned missing } }', { la: cam }, qa)).data?.schoolReturnRegister;
    const schools = await app.sql<{ id: string; returned: boolean }>(
      `select s.id, exists (select 1 from school_return r where r.setting_id = s.id and r.academic_year = 2025 and r.half_term = 5) as returned
         from setting s where s.local_authority_id = $1 and s.type in ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'ALTERNATIVE_PROVISION')`,
      [cam],
    );
    expect(register).toHaveLength(schools.length);
    const expected = new Map(schools.map((s) => [s.id, s.returned]));
    for (const entry of register) {
      expect(entry.returned).toBe(expected.get(entry.setting.id));
      // Summer 1 2026 ended on 31 May 2026, long before today.
      expect(entry.missing).toBe(!entry.returned);
    }
    expect(register.find((e: { setting: { id: string } }) => e.setting.id === nilSchool!.id).returned).toBe(true);
    expect(register.some((e: { missing: boolean }) => e.missing)).toBe(true);
  });
});
