import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANUAL_KPI_MONTHS } from '@send-qa/seeds';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, finalise, scoreAndSubmit } from '../helpers/audits.js';
import { count } from '../helpers/fixture-rows.js';
import { CREATE_PLAN } from '../helpers/queries.js';
import { ofSchoolAge } from '../helpers/school-age.js';

const FIGURE = 'period periodStart periodEnd partial elapsedPercent value numerator denominator rag frozen evidence';
const FIGURES = `query ($id: UUID!, $from: LocalDate!, $to: LocalDate!) { kpiFigures(id: $id, from: $from, to: $to) { ${FIGURE} } }`;
const CONTENT = `highlightReportContent(id: $id) { period asOf kpis { code target current { ${FIGURE} } trend { period value } } brag { blue green amber red overdue total exceptions { description overdue shownBrag } } sections { key headline } }`;
const REPORT = `query ($id: UUID!) { HighlightReport(id: $id) { id version status } ${CONTENT} }`;
const CREATE_REPORT = `mutation ($la: UUID!, $audience: ReportAudience!, $date: LocalDate!) { createHighlightReport(localAuthorityId: $la, audience: $audience, date: $date) { id version period } }`;
const PUBLISH = 'mutation ($id: UUID!, $version: Int!) { publishHighlightReport(id: $id, version: $version) { id version status } }';
const FILE = 'query ($id: UUID!, $format: ReportFormat!) { highlightReportFile(id: $id, format: $format) { filename contentType base64 } }';

let app: TestApp;
let qa: string;
let la: Record<string, string>;
let kpiIds: Record<string, string>;

/** The demo KPI `code` of authority `code`. */
const kpiId = (authority: string, code: string) => kpiIds[`${authority}:${code}`]!;

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  la = Object.fromEntries((await app.sql<{ code: string; id: string }>('select code, id from local_authority')).map((r) => [r.code, r.id]));
  const rows = await app.sql<{ la: string; code: string; id: string }>('select l.code as la, k.code, k.id from kpi k join local_authority l on l.id = k.local_authority_id');
  kpiIds = Object.fromEntries(rows.map((r) => [`${r.la}:${r.code}`, r.id]));
});
afterAll(async () => {
  await app?.close();
});

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

/** 20-week timeliness per month straight from the assessment rows, independently of the API. */
async function expectedTimeliness(authority: string, months: { start: string; end: string }[], excludingExceptions: boolean) {
  const plans = await app.sql<{ request: string; issue: string; exception: string | null }>(
    `select to_char(received_on, 'YYYY-MM-DD') as request, to_char(outcome_on, 'YYYY-MM-DD') as issue, outcome_exception as exception
       from assessment_request r join local_authority l on l.id = r.local_authority_id
      where l.code = $1 and r.kind = 'REQUEST' and r.outcome = 'FINAL_PLAN'`,
    [authority],
  );
  return months.map(({ start, end }) => {
    const issued = plans.filter((p) => p.issue >= start && p.issue <= end && !(excludingExceptions && p.exception));
    const within = issued.filter((p) => days(p.request, p.issue) <= 140).length;
    return { numerator: within, denominator: issued.length, value: issued.length ? (100 * within) / issued.length : null };
  });
}

describe('computed KPIs', () => {
  it('20-week timeliness, with and without the allowed exceptions, equals the assessment rows month by month', async () => {
    const exceptions = await app.sql<{ n: string }>('select count(*) as n from assessment_request where outcome_exception is not null');
    expect(Number(exceptions[0]!.n)).toBeGreaterThan(0);
    for (const authority of ['873', '874']) {
      for (const [code, excluding] of [['EHC-20WK', false], ['EHC-20WK-EX', true]] as const) {
        const result = await app.graphql(FIGURES, { id: kpiId(authority, code), from: '2025-09-01', to: '2026-08-31' }, qa);
        expect(result.errors).toBeUndefined();
        const figures = result.data!.kpiFigures as { periodStart: string; periodEnd: string; value: number | null; numerator: number; denominator: number }[];
        expect(figures).toHaveLength(12);
        const expected = await expectedTimeliness(authority, figures.map((f) => ({ start: f.periodStart, end: f.periodEnd })), excluding);
        expect(figures.map(({ numerator, denominator }) => ({ numerator, denominator }))).toEqual(expected.map(({ numerator, denominator }) => ({ numerator, denominator })));
        figures.forEach((f, i) => (expected[i]!.value === null ? expect(f.value).toBeNull() : expect(f.value).toBeCloseTo(expected[i]!.value!, 9)));
        expect(figures.some((f) => f.denominator > 0)).toBe(true);
      }
    }
  });

  it('audited plans good or outstanding and moderation agreement equal the audit rows, per term', async () => {
    const auditor = await app.login('auditor@example.org');
    const moderator = await app.login('qa.peterborough@example.org');
    const moderatorId = (await app.sql<{ id: string }>("select id from app_user where email = 'qa.peterborough@example.org'"))[0]!.id;
    const terms = [
      { term: 'AUTUMN', opensOn: '2025-09-08', grades: [4, 3, 2, 1], seed: 31 },
      { term: 'SPRING', opensOn: '2026-01-05', grades: [3, 3, 2], seed: 32 },
    ];
    for (const t of terms) {
      const audits = await assignedCycle(app, qa, '874', { term: t.term, academicYear: 2025, opensOn: t.opensOn, size: t.grades.length, seed: t.seed, reaudit: false });
      for (const [i, audit] of audits.entries()) {
        const submitted = await scoreAndSubmit(app, auditor, audit, t.grades[i]!);
        if (i === 0) {
          // One moderated audit per term: the moderator's blind grade agrees in autumn and differs in spring.
          const requested = await app.graphql('mutation ($id: UUID!, $version: Int!, $m: UUID!) { requestModeration(id: $id, version: $version, moderatorId: $m) { id version } }', { ...submitted, m: moderatorId }, qa);
          await app.graphql('mutation ($id: UUID!, $version: Int!, $grade: Int!) { recordModeratorGrade(id: $id, version: $version, grade: $grade) { id } }', { ...requested.data!.requestModeration, grade: t.term === 'AUTUMN' ? t.grades[0] : 1 }, moderator);
        } else {
          expect(await finalise(app, qa, submitted)).toEqual({ status: 'FINAL' });
        }
      }
    }
    const good = (await app.graphql(FIGURES, { id: kpiId('874', 'AUD-GOOD'), from: '2025-09-01', to: '2026-08-31' }, qa)).data!.kpiFigures;
    const finals = await app.sql<{ opens_on: string; grade: number }>(
      `select to_char(c.opens_on, 'YYYY-MM-DD') as opens_on, a.overall_grade as grade from audit a join audit_cycle c on c.id = a.cycle_id
        join local_authority l on l.id = a.local_authority_id where l.code = '874' and a.status = 'FINAL'`,
    );
    expect(good.map((f: { periodStart: string; periodEnd: string; numerator: number; denominator: number }) => [f.periodStart, f.numerator, f.denominator])).toEqual(
      good.map((f: { periodStart: string; periodEnd: string }) => {
        const inTerm = finals.filter((a) => a.opens_on >= f.periodStart && a.opens_on <= f.periodEnd);
        return [f.periodStart, inTerm.filter((a) => a.grade >= 3).length, inTerm.length];
      }),
    );
    expect(good.map((f: { denominator: number }) => f.denominator)).toEqual([3, 2, 0]);

    const agreement = (await app.graphql(FIGURES, { id: kpiId('874', 'AUD-MOD'), from: '2025-09-01', to: '2026-08-31' }, qa)).data!.kpiFigures;
    const moderated = await app.sql<{ opens_on: string; same: boolean }>(
      `select to_char(c.opens_on, 'YYYY-MM-DD') as opens_on, a.moderator_grade = a.overall_grade as same from audit a join audit_cycle c on c.id = a.cycle_id
        join local_authority l on l.id = a.local_authority_id where l.code = '874' and a.moderator_grade is not null and a.overall_grade is not null`,
    );
    expect(agreement.map((f: { periodStart: string; numerator: number; denominator: number }) => [f.numerator, f.denominator])).toEqual(
      agreement.map((f: { periodStart: string; periodEnd: string }) => {
        const inTerm = moderated.filter((a) => a.opens_on >= f.periodStart && a.opens_on <= f.periodEnd);
        return [inTerm.filter((a) => a.same).length, inTerm.length];
      }),
    );
    expect(agreement.map((f: { value: number | null }) => f.value)).toEqual([100, 0, null]);
  });

  it('marks the period that had not ended on the day asked for as partial, with the share of it gone', async () => {
    const asOf = '2026-11-10';
    const scorecard = (await app.graphql(`query ($asOf: LocalDate) { kpiScorecard(asOf: $asOf) { code frequency current { ${FIGURE} } trend { ${FIGURE} } } }`, { asOf }, qa)).data!
      .kpiScorecard as { code: string; frequency: string; current: Record<string, string | number | boolean>; trend: Record<string, string | number | boolean>[] }[];
    expect(new Set(scorecard.map((k) => k.frequency))).toEqual(new Set(['MONTHLY', 'QUARTERLY', 'TERMLY']));
    for (const kpi of scorecard) {
      const { periodStart, periodEnd } = kpi.current as { periodStart: string; periodEnd: string };
      expect(periodStart <= asOf && asOf <= periodEnd, kpi.code).toBe(true);
      const share = (100 * (days(periodStart, asOf) + 1)) / (days(periodStart, periodEnd) + 1);
      expect(kpi.current.partial, kpi.code).toBe(asOf < periodEnd);
      expect(kpi.current.elapsedPercent as number, kpi.code).toBeCloseTo(share, 9);
      // Every earlier period of the trend had ended.
      expect(kpi.trend.slice(0, -1).map((f) => [f.partial, f.elapsedPercent])).toEqual(kpi.trend.slice(0, -1).map(() => [false, 100]));
      expect(kpi.trend.at(-1)).toEqual(kpi.current);
    }
    const monthly = scorecard.find((k) => k.frequency === 'MONTHLY')!;
    expect(monthly.current.elapsedPercent as number).toBeCloseTo((100 * 10) / 30, 9);
  });

  it('reports milestone targets against the actual of the period holding each date', async () => {
    const id = kpiId('873', 'EHC-20WK');
    const row = (await app.graphql('query ($id: UUID!) { kpiRow(id: $id, asOf: "2026-09-01") { milestones { date target actual rag } } }', { id }, qa)).data!.kpiRow;
    const targets = (await app.sql<{ milestone_targets: { date: string; target: number }[] }>('select milestone_targets from kpi where id = $1', [id]))[0]!.milestone_targets;
    expect(row.milestones.map((m: { date: string; target: number }) => [m.date, m.target])).toEqual(targets.map((t) => [t.date, t.target]));
    for (const m of row.milestones as { date: string; target: number; actual: number | null }[]) {
      if (m.date > '2026-09-01') {
        expect(m.actual).toBeNull();
        continue;
      }
      const month = { start: `${m.date.slice(0, 7)}-01`, end: (await app.sql<{ end: string }>("select to_char((date_trunc('month', $1::date) + interval '1 month - 1 day'), 'YYYY-MM-DD') as end", [m.date]))[0]!.end };
      const [expected] = await expectedTimeliness('873', [month], false);
      expect(m.actual).toBeCloseTo(expected!.value!, 9);
    }
  });

  it('part-time timetables count the timetables open at the end of each month, against the policy baseline and target', async () => {
    for (const authority of ['873', '874']) {
      const figures = (await app.graphql(FIGURES, { id: kpiId(authority, 'PTT'), from: '2025-09-01', to: '2026-08-31' }, qa)).data!.kpiFigures as { periodEnd: string; value: number }[];
      const rows = await app.sql<{ start: string; ended: string | null; born: string }>(
        `select to_char(start_date, 'YYYY-MM-DD') as start, to_char(ended_on, 'YYYY-MM-DD') as ended, to_char(c.date_of_birth, 'YYYY-MM-DD') as born
           from part_time_timetable t join local_authority l on l.id = t.local_authority_id join child c on c.id = t.child_id where l.code = $1`,
        [authority],
      );
      expect(figures).toHaveLength(12);
      // Pupils below compulsory school age attend part time by right: not counted.
      const open = (on: string) => rows.filter((r) => r.start <= on && (r.ended === null || r.ended > on) && ofSchoolAge(r.born, on)).length;
      expect(figures.map((f) => f.value)).toEqual(figures.map((f) => open(f.periodEnd)));
      expect(figures.some((f) => f.value > 0)).toBe(true);
      const [policy] = await app.sql<{ baseline_count: number; target_reduction_percent: number }>(
        'select p.baseline_count, p.target_reduction_percent from part_time_policy p join local_authority l on l.id = p.local_authority_id where l.code = $1',
        [authority],
      );
      const [kpi] = await app.sql<{ baseline_value: number; target: number }>('select baseline_value, target from kpi where id = $1', [kpiId(authority, 'PTT')]);
      expect([Number(kpi!.baseline_value), Number(kpi!.target)]).toEqual([policy!.baseline_count, Math.round(policy!.baseline_count * (1 - policy!.target_reduction_percent / 100))]);

      // The highlight report's part-time section: the count open on each date it plots.
      const created = await app.graphql(CREATE_REPORT, { la: la[authority], audience: 'PARTNERSHIP_GROUP', date: '2026-08-31' }, qa);
      const content = (await app.graphql(`query ($id: UUID!) { ${CONTENT} }`, { id: created.data!.createHighlightReport.id }, qa)).data!.highlightReportContent;
      const section = (await app.graphql('query ($id: UUID!) { highlightReportContent(id: $id) { sections { key unit points { label value } } } }', { id: created.data!.createHighlightReport.id }, qa))
        .data!.highlightReportContent.sections.find((x: { key: string }) => x.key === 'part-time');
      expect(content.asOf).toBe('2026-08-31');
      expect(section.unit).toBe('COUNT');
      expect(section.points.length).toBeGreaterThan(6);
      for (const point of section.points as { label: string; value: number }[]) {
        expect(point.value).toBe(open(point.label));
      }
    }
  });

  it('shows the scorecard in financial quarters: each figure counts exactly the dates of its quarter, labelled as councils write them', async () => {
    const ROW = `code source calendar frequency current { period periodStart periodEnd numerator denominator } trend { period periodStart periodEnd numerator denominator }`;
    const scorecard = (await app.graphql(`query ($la: UUID) { kpiScorecard(localAuthorityId: $la, asOf: "2026-06-15", calendar: FINANCIAL, frequency: QUARTERLY) { ${ROW} } }`, { la: la['873'] }, qa))
      .data!.kpiScorecard as { code: string; source: string; calendar: string; frequency: string; current: Quarter; trend: Quarter[] }[];
    type Quarter = { period: string; periodStart: string; periodEnd: string; numerator: number; denominator: number };
    const timeliness = scorecard.find((k) => k.code === 'EHC-20WK')!;
    expect(timeliness).toMatchObject({ calendar: 'FINANCIAL', frequency: 'QUARTERLY' });
    // The financial year's first quarter, April to June, as the issue states it.
    expect(timeliness.current).toMatchObject({ period: '2026/27 Q1', periodStart: '2026-04-01', periodEnd: '2026-06-30' });
    // Each quarter of the trend: three whole months from April, July, October or January, labelled by the year starting in April.
    for (const quarter of timeliness.trend) {
      const [year, month] = [Number(quarter.periodStart.slice(0, 4)), Number(quarter.periodStart.slice(5, 7))];
      expect([4, 7, 10, 1]).toContain(month);
      const financialYear = month >= 4 ? year : year - 1;
      expect(quarter.period).toBe(`${financialYear}/${String(financialYear + 1).slice(2)} Q${[4, 7, 10, 1].indexOf(month) + 1}`);
      const [expected] = await expectedTimeliness('873', [{ start: quarter.periodStart, end: quarter.periodEnd }], false);
      expect([quarter.numerator, quarter.denominator], quarter.period).toEqual([expected!.numerator, expected!.denominator]);
    }
    expect(timeliness.trend.some((q) => q.denominator > 0)).toBe(true);
    // A manual KPI keeps the periods its values were entered for.
    const manual = scorecard.find((k) => k.source === 'MANUAL')!;
    expect(manual.frequency).toBe('MONTHLY');
    expect(manual.current.period).toBe('Jun 2026');
  });

  it('refuses terms outside the academic year, and counts a termly KPI in the academic year unless told', async () => {
    const refused = await app.graphql('{ kpiScorecard(calendar: FINANCIAL, frequency: TERMLY) { code } }', {}, qa);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'frequency', rule: 'fitsCalendar' }] });
    const CREATE = `mutation ($la: UUID!, $code: String!, $calendar: ReportingCalendar) { createKpi(localAuthorityId: $la, code: $code, name: "Termly check", definition: "A termly figure", unit: PERCENT, direction: HIGHER_IS_BETTER, target: 80, amberTolerance: 5, frequency: TERMLY, calendar: $calendar, owner: "QA lead", source: MANUAL) { id calendar frequency } }`;
    const termly = (await app.graphql(CREATE, { la: la['873'], code: 'TERM-DEFAULT' }, qa)).data?.createKpi;
    expect(termly).toMatchObject({ calendar: 'ACADEMIC', frequency: 'TERMLY' });
    const wrong = await app.graphql(CREATE, { la: la['873'], code: 'TERM-FIN', calendar: 'FINANCIAL' }, qa);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'frequency', rule: 'fitsCalendar' }] });
    const quarterly = await app.graphql('mutation ($la: UUID!) { createKpi(localAuthorityId: $la, code: "Q-DEFAULT", name: "Quarterly", definition: "A quarterly figure", unit: PERCENT, direction: HIGHER_IS_BETTER, target: 80, amberTolerance: 5, frequency: QUARTERLY, owner: "QA lead", source: MANUAL) { id calendar } }', { la: la['873'] }, qa);
    expect(quarterly.data?.createKpi).toMatchObject({ calendar: 'FINANCIAL' });
    // Removed again: the reports later in this file list every KPI of the authority.
    for (const { id } of [termly, quarterly.data!.createKpi]) expect((await app.graphql('mutation ($id: UUID!) { deleteKpi(id: $id) { id } }', { id }, qa)).errors).toBeUndefined();
  });

  it('independent placements: the count and annual cost of the placements open at the end of each quarter', async () => {
    const rows = await app.sql<{ start: string; ended: string | null; cost: number }>(
      `select to_char(start_date, 'YYYY-MM-DD') as start, to_char(ended_on, 'YYYY-MM-DD') as ended,
              (education_cost + health_cost + social_care_cost)::float as cost
         from placement p join local_authority l on l.id = p.local_authority_id where l.code = '873'`,
    );
    const open = (date: string) => rows.filter((r) => r.start <= date && (r.ended === null || r.ended > date));
    for (const [code, expected] of [
      ['PLC-IND', (date: string) => open(date).length],
      ['PLC-COST', (date: string) => open(date).reduce((total, r) => total + r.cost, 0)],
    ] as const) {
      const figures = (await app.graphql(FIGURES, { id: kpiId('873', code), from: '2025-09-01', to: '2026-08-31' }, qa)).data!.kpiFigures as { periodEnd: string; value: number }[];
      expect(figures.length).toBeGreaterThan(2);
      expect(figures.map((f) => f.value)).toEqual(figures.map((f) => expected(f.periodEnd)));
      expect(figures.some((f) => f.value > 0)).toBe(true);
    }

    // Both KPIs start from the commissioning policy's baseline and aim at its reduction.
    const [policy] = await app.sql<{ baseline_date: string; baseline_count: number; target_reduction_percent: number }>(
      `select to_char(p.baseline_date, 'YYYY-MM-DD') as baseline_date, p.baseline_count, p.target_reduction_percent
         from commissioning_policy p join local_authority l on l.id = p.local_authority_id where l.code = '873'`,
    );
    const baselineCost = open(policy!.baseline_date).reduce((total, r) => total + r.cost, 0);
    const kpis = await app.sql<{ code: string; baseline_value: string; baseline_date: string; target: string }>(
      `select code, baseline_value, to_char(baseline_date, 'YYYY-MM-DD') as baseline_date, target from kpi where id = any($1::uuid[]) order by code`,
      [[kpiId('873', 'PLC-COST'), kpiId('873', 'PLC-IND')]],
    );
    const reduced = (value: number) => Math.round(value * (1 - policy!.target_reduction_percent / 100));
    expect(kpis.map((k) => [k.code, Number(k.baseline_value), k.baseline_date, Number(k.target)])).toEqual([
      ['PLC-COST', baselineCost, policy!.baseline_date, reduced(baselineCost)],
      ['PLC-IND', policy!.baseline_count, policy!.baseline_date, reduced(policy!.baseline_count)],
    ]);

    // The highlight report's placements section plots the count active on each of its dates.
    const created = await app.graphql(CREATE_REPORT, { la: la['873'], audience: 'PARTNERSHIP_GROUP', date: '2026-08-31' }, qa);
    const section = (await app.graphql('query ($id: UUID!) { highlightReportContent(id: $id) { sections { key headline points { label value } } } }', { id: created.data!.createHighlightReport.id }, qa))
      .data!.highlightReportContent.sections.find((x: { key: string }) => x.key === 'placements');
    expect(section.points).toHaveLength(13);
    for (const point of section.points as { label: string; value: number }[]) expect(point.value).toBe(open(point.label).length);
    expect(section.headline).toMatch(new RegExp(`^${open('2026-08-31').length} placements on 31 August 2026`));
  });

  it('hides the KPIs in pounds, with their values, from an auditor, who may not see placement costs', async () => {
    const auditor = await app.login('auditor@example.org');
    const pounds = await app.sql<{ id: string }>("select id from kpi where unit = 'POUNDS'");
    expect(pounds.length).toBeGreaterThan(0);
    const all = await app.sql<{ n: string }>('select count(*) as n from kpi');
    const seen = async (token: string) => {
      const kpis = (await app.graphql('{ allKpis(perPage: 1000) { id unit } _allKpisMeta { count } }', {}, token)).data!;
      const scorecard = (await app.graphql('{ kpiScorecard { kpiId unit } }', {}, token)).data!.kpiScorecard as { kpiId: string; unit: string }[];
      let values = 0;
      for (const { id } of pounds) values += (await app.graphql('query ($id: UUID) { _allKpiValuesMeta(filter: { kpiId: $id }) { count } }', { id }, token)).data!._allKpiValuesMeta.count as number;
      return { kpis: kpis._allKpisMeta.count as number, pounds: (kpis.allKpis as { unit: string }[]).filter((k) => k.unit === 'POUNDS').length, scorecard: scorecard.filter((k) => k.unit === 'POUNDS').length, values };
    };
    const [storedValues] = await app.sql<{ n: string }>("select count(*) as n from kpi_value v join kpi k on k.id = v.kpi_id where k.unit = 'POUNDS'");
    expect(await seen(qa)).toEqual({ kpis: Number(all[0]!.n), pounds: pounds.length, scorecard: pounds.length, values: Number(storedValues!.n) });
    expect(await seen(auditor)).toEqual({ kpis: Number(all[0]!.n) - pounds.length, pounds: 0, scorecard: 0, values: 0 });
    const denied = await app.graphql('query ($id: UUID!) { Kpi(id: $id) { id } }', { id: pounds[0]!.id }, auditor);
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const created = await app.graphql(CREATE_REPORT, { la: la['873'], audience: 'PARTNERSHIP_GROUP', date: '2026-08-31' }, qa);
    const units = async (token: string) =>
      ((await app.graphql('query ($id: UUID!) { highlightReportContent(id: $id) { kpis { unit } } }', { id: created.data!.createHighlightReport.id }, token)).data!.highlightReportContent.kpis as { unit: string }[]).map((k) => k.unit);
    expect(await units(qa)).toContain('POUNDS');
    expect(await units(auditor)).not.toContain('POUNDS');
    expect((await units(auditor)).length).toBe((await units(qa)).length - 1);
  });
});

describe('manual KPIs', () => {
  const CREATE_VALUE = `mutation ($kpiId: UUID!, $date: LocalDate!, $value: Float!, $evidence: String) {
    createKpiValue(kpiId: $kpiId, date: $date, value: $value, evidence: $evidence) { id period value evidence rag } }`;

  it('keeps each value with its evidence, and refuses one without', async () => {
    const history = await app.sql<{ n: string; missing: string }>(
      `select count(*) as n, count(*) filter (where coalesce(evidence, '') = '') as missing from kpi_value v join kpi k on k.id = v.kpi_id where k.source = 'MANUAL'`,
    );
    // Every manual KPI of both authorities has its MANUAL_KPI_MONTHS of history.
    expect(Number(history[0]!.n)).toBe((await count(app, "select count(*) as n from kpi where source = 'MANUAL'")) * MANUAL_KPI_MONTHS);
    expect(Number(history[0]!.missing)).toBe(0);
    const kpi = await app.graphql('mutation ($la: UUID!) { createKpi(localAuthorityId: $la, code: "SURVEY", name: "Young people heard", definition: "Share saying they were listened to", unit: PERCENT, direction: HIGHER_IS_BETTER, target: 80, amberTolerance: 5, frequency: QUARTERLY, owner: "Participation lead", source: MANUAL) { id } }', { la: la['873'] }, qa);
    const id = kpi.data!.createKpi.id;
    const refused = await app.graphql(CREATE_VALUE, { kpiId: id, date: '2026-05-10', value: 70 }, qa);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'evidence', rule: 'required' }] });
    const saved = await app.graphql(CREATE_VALUE, { kpiId: id, date: '2026-05-10', value: 70, evidence: 'Youth forum survey, May 2026 (52 replies)' }, qa);
    // A new KPI counts in the financial year unless it says otherwise: May is in its first quarter.
    expect(saved.data!.createKpiValue).toMatchObject({ period: '2026/27 Q1', value: 70, evidence: 'Youth forum survey, May 2026 (52 replies)', rag: 'RED' });
    const figures = (await app.graphql(FIGURES, { id, from: '2026-04-01', to: '2026-06-30' }, qa)).data!.kpiFigures;
    expect(figures).toEqual([expect.objectContaining({ value: 70, evidence: 'Youth forum survey, May 2026 (52 replies)', rag: 'RED' })]);
  });
});

describe('bad input', () => {
  it('refuses a target outside the unit, naming the field and rule, and saves nothing', async () => {
    const before = await app.sql<{ n: string }>('select count(*) as n from kpi');
    const result = await app.graphql('mutation ($la: UUID!) { createKpi(localAuthorityId: $la, code: "BAD", name: "Bad", definition: "x", unit: PERCENT, direction: HIGHER_IS_BETTER, target: 120, amberTolerance: 5, frequency: MONTHLY, owner: "x", source: MANUAL) { id } }', { la: la['873'] }, qa);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'target', rule: 'withinUnitRange' }] });
    expect(await app.sql('select count(*) as n from kpi')).toEqual(before);
  });

  it('refuses a milestone without a deadline or with a BRAG outside the four', async () => {
    const actionId = (await app.sql<{ id: string }>("select a.id from improvement_action a join local_authority l on l.id = a.local_authority_id where l.code = '873' limit 1"))[0]!.id;
    const CREATE = 'mutation ($a: UUID!, $d: LocalDate, $b: String!) { createMilestone(actionId: $a, description: "Step", deadline: $d, brag: $b) { id } }';
    const noDeadline = await app.graphql(CREATE, { a: actionId, b: 'GREEN' }, qa);
    expect(noDeadline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'deadline', rule: 'required' }] });
    const purple = await app.graphql(CREATE, { a: actionId, d: '2026-12-01', b: 'PURPLE' }, qa);
    expect(purple.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'brag', rule: 'oneOf' }] });
  });

  it('lets only QA officers and admins manage the framework, each in their own authorities', async () => {
    const viewer = await app.login('viewer@example.org');
    const refused = await app.graphql('mutation ($la: UUID!) { createWorkstream(localAuthorityId: $la, number: 9, title: "x", seniorSponsor: "y") { id } }', { la: la['873'] }, viewer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const peterborough = await app.login('qa.peterborough@example.org');
    const seen = (await app.graphql('{ allKpis(perPage: 100) { localAuthority { code } } }', {}, peterborough)).data!.allKpis;
    expect(new Set(seen.map((k: { localAuthority: { code: string } }) => k.localAuthority.code))).toEqual(new Set(['874']));
    const other = await app.graphql('query ($id: UUID!) { Kpi(id: $id) { id } }', { id: kpiId('873', 'EHC-20WK') }, peterborough);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('milestones against the clock', () => {
  it('turns Amber and overdue once past the deadline, and setting it Blue clears it', async () => {
    const actionId = (await app.sql<{ id: string }>("select a.id from improvement_action a join local_authority l on l.id = a.local_authority_id where l.code = '873' limit 1"))[0]!.id;
    const created = await app.graphql('mutation ($a: UUID!) { createMilestone(actionId: $a, description: "Pilot evaluated", deadline: "2026-06-30", brag: "GREEN") { id version brag } }', { a: actionId }, qa);
    const { id, version } = created.data!.createMilestone;
    const READ = 'query ($id: UUID!, $asOf: LocalDate) { Milestone(id: $id) { brag shownBrag(asOf: $asOf) overdue(asOf: $asOf) } }';
    expect((await app.graphql(READ, { id, asOf: '2026-06-30' }, qa)).data!.Milestone).toEqual({ brag: 'GREEN', shownBrag: 'GREEN', overdue: false });
    expect((await app.graphql(READ, { id, asOf: '2026-07-01' }, qa)).data!.Milestone).toEqual({ brag: 'GREEN', shownBrag: 'AMBER', overdue: true });
    const board = await app.graphql('query ($asOf: LocalDate) { bragSummary(asOf: $asOf) { exceptions { id overdue shownBrag } } }', { asOf: '2026-07-01' }, qa);
    expect(board.data!.bragSummary.exceptions).toContainEqual({ id, overdue: true, shownBrag: 'AMBER' });
    await app.graphql('mutation ($id: UUID!, $version: Int!) { updateMilestone(id: $id, version: $version, brag: "BLUE") { id } }', { id, version }, qa);
    expect((await app.graphql(READ, { id, asOf: '2026-07-01' }, qa)).data!.Milestone).toEqual({ brag: 'BLUE', shownBrag: 'BLUE', overdue: false });
  });
});

/** The report with its content, as `{ ...report, content }`. */
async function readReport(id: string) {
  const { data } = await app.graphql(REPORT, { id }, qa);
  return { ...data!.HighlightReport, content: data!.highlightReportContent };
}

describe('highlight reports', () => {
  let reportId: string;
  let published: Record<string, any>;

  /** A final plan issued on `issueDate` from a request of 1 October 2025, and its assessment recorded on the timeline. */
  async function latePlan(issueDate: string) {
    const childId = (await app.sql<{ id: string }>("select c.id from child c join local_authority l on l.id = c.local_authority_id where l.code = '873' and c.date_of_birth < '2018-01-01' limit 1"))[0]!.id;
    const plan = await app.graphql(CREATE_PLAN, { childId, status: 'DRAFT', requestDate: '2025-10-01' }, qa);
    expect(plan.errors).toBeUndefined();
    const assessment = await app.graphql(
      `mutation ($childId: UUID!, $planId: UUID!, $issueDate: LocalDate!) {
        createAssessmentRequest(childId: $childId, planId: $planId, receivedOn: "2025-10-01", decisionOn: "2025-11-05", decision: ASSESS, outcome: FINAL_PLAN, outcomeOn: $issueDate) { id } }`,
      { childId, planId: plan.data!.createPlan.id, issueDate },
      qa,
    );
    expect(assessment.errors).toBeUndefined();
  }

  it('publishes a report whose KPI figures equal the API’s for that period', async () => {
    const created = await app.graphql(CREATE_REPORT, { la: la['873'], audience: 'PARTNERSHIP_GROUP', date: '2026-08-15' }, qa);
    expect(created.data!.createHighlightReport.period).toBe('Aug 2026');
    reportId = created.data!.createHighlightReport.id;
    const done = await app.graphql(PUBLISH, { id: reportId, version: created.data!.createHighlightReport.version }, qa);
    expect(done.data!.publishHighlightReport.status).toBe('PUBLISHED');
    published = await readReport(reportId);
    const row = published.content.kpis.find((k: { code: string }) => k.code === 'EHC-20WK');
    const api = (await app.graphql(FIGURES, { id: kpiId('873', 'EHC-20WK'), from: '2026-08-01', to: '2026-08-31' }, qa)).data!.kpiFigures[0];
    expect(row.current).toEqual({ ...api, frozen: true });
    const [expected] = await expectedTimeliness('873', [{ start: '2026-08-01', end: '2026-08-31' }], false);
    expect([row.current.numerator, row.current.denominator]).toEqual([expected!.numerator, expected!.denominator]);
    expect(published.content.sections.map((s: { key: string }) => s.key)).toEqual(['audits', 'health', 'placements', 'part-time']);
    for (const section of published.content.sections as { headline: string }[]) expect(section.headline).not.toBe('');
    expect(published.content.brag.total).toBeGreaterThan(0);
  });

  it('refuses edits to a published report', async () => {
    const edit = await app.graphql('mutation ($id: UUID!, $version: Int!) { updateHighlightReport(id: $id, version: $version, summary: "changed") { id } }', { id: reportId, version: published.version }, qa);
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', rule: 'notPublished' }] });
    const remove = await app.graphql('mutation ($id: UUID!) { deleteHighlightReport(id: $id) { id } }', { id: reportId }, qa);
    expect(remove.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps its figures when the records change, while a new report shows the change', async () => {
    await latePlan('2026-08-20');
    await latePlan('2026-09-10');
    const recalculated = await app.graphql('mutation ($id: UUID!) { recalculateKpi(id: $id, from: "2026-08-01", to: "2026-09-30") { period denominator frozenAt } }', { id: kpiId('873', 'EHC-20WK') }, qa);
    expect(recalculated.errors).toBeUndefined();
    const again = await readReport(reportId);
    expect(again.content).toEqual(published.content);
    const before = published.content.kpis.find((k: { code: string }) => k.code === 'EHC-20WK').current;
    const august = (await app.graphql(FIGURES, { id: kpiId('873', 'EHC-20WK'), from: '2026-08-01', to: '2026-08-31' }, qa)).data!.kpiFigures[0];
    expect(august.denominator).toBe(before.denominator);

    const next = await app.graphql(CREATE_REPORT, { la: la['873'], audience: 'PARTNERSHIP_GROUP', date: '2026-09-20' }, qa);
    const preview = await readReport(next.data!.createHighlightReport.id);
    const september = preview.content.kpis.find((k: { code: string }) => k.code === 'EHC-20WK').current;
    const [expected] = await expectedTimeliness('873', [{ start: '2026-09-01', end: '2026-09-30' }], false);
    expect([september.numerator, september.denominator]).toEqual([expected!.numerator, expected!.denominator]);
    expect(september.denominator).toBeGreaterThan(0);
  });

  it('downloads as a PDF holding the KPI table and as CSV with the same figures', async () => {
    const pdf = (await app.graphql(FILE, { id: reportId, format: 'PDF' }, qa)).data!.highlightReportFile;
    expect(pdf.contentType).toBe('application/pdf');
    const document = await getDocumentProxy(new Uint8Array(Buffer.from(pdf.base64, 'base64')));
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain('Key performance indicators');
    const row = published.content.kpis.find((k: { code: string }) => k.code === 'EHC-20WK');
    for (const kpi of published.content.kpis) expect(text).toContain(kpi.code);
    expect(text).toContain(`${row.current.value.toFixed(1)}%`);
    expect(text).toContain('Blue: complete');

    const csv = (await app.graphql(FILE, { id: reportId, format: 'CSV' }, qa)).data!.highlightReportFile;
    const lines = Buffer.from(csv.base64, 'base64').toString('utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^code,name,unit,period,period partial,value,numerator,denominator,target,rag/);
    expect(lines).toHaveLength(published.content.kpis.length + 1);
    const cells = lines.find((l) => l.startsWith('EHC-20WK,'))!.split(',');
    expect([cells[4], Number(cells[5]), Number(cells[6]), Number(cells[7]), cells[9]]).toEqual([
      row.current.partial ? 'yes' : 'no',
      row.current.value,
      row.current.numerator,
      row.current.denominator,
      row.current.rag,
    ]);
  });
});

describe('lists', () => {
  it('read values, actions and milestones with their related records in a fixed number of statements', async () => {
    const lists = [
      ['allKpiValues', '{ id value rag kpi { id code } localAuthority { id } }'],
      ['allImprovementActions', '{ id kpiIds outcome { id reference } localAuthority { id } }'],
      ['allMilestones', '{ id shownBrag overdue action { id reference } localAuthority { id } }'],
    ] as const;
    for (const [query, fields] of lists) {
      const statements = async (perPage: number) => {
        const result = await app.graphql(`query ($perPage: Int) { ${query}(perPage: $perPage) ${fields} }`, { perPage }, qa);
        expect(result.errors).toBeUndefined();
        expect(result.data![query]).toHaveLength(perPage);
        return Number(result.headers.get('x-sql-statements'));
      };
      const few = await statements(2);
      expect(await statements(10)).toBe(few);
    }
  });
});

describe('exception notes', () => {
  it('asks the owner of a red KPI for a note, which the published report carries, and freezes the figure', async () => {
    const kpi = await app.graphql('mutation ($la: UUID!) { createKpi(localAuthorityId: $la, code: "TRANS", name: "Transitions planned by Year 9", definition: "Share with a preparing-for-adulthood plan by Year 9", unit: PERCENT, direction: HIGHER_IS_BETTER, target: 90, amberTolerance: 5, frequency: MONTHLY, owner: "Preparing for adulthood lead", source: MANUAL) { id } }', { la: la['874'] }, qa);
    const kpiId = kpi.data!.createKpi.id;
    const value = (await app.graphql('mutation ($k: UUID!) { createKpiValue(kpiId: $k, date: "2026-07-03", value: 61, evidence: "Transition tracker, July 2026") { id version rag } }', { k: kpiId }, qa)).data!.createKpiValue;
    expect(value.rag).toBe('RED');
    const NOTE = 'query ($id: UUID!) { kpiFigures(id: $id, from: "2026-07-01", to: "2026-07-31") { rag needsExceptionNote exceptionCommentary exceptionActions } }';
    expect((await app.graphql(NOTE, { id: kpiId }, qa)).data!.kpiFigures).toEqual([{ rag: 'RED', needsExceptionNote: true, exceptionCommentary: null, exceptionActions: null }]);
    const noted = await app.graphql(
      'mutation ($id: UUID!, $version: Int!) { updateKpiValue(id: $id, version: $version, exceptionCommentary: "Two caseworkers left in June", exceptionActions: "Agency cover from August; weekly tracker review") { id version } }',
      value,
      qa,
    );
    expect(noted.errors).toBeUndefined();
    expect((await app.graphql(NOTE, { id: kpiId }, qa)).data!.kpiFigures[0]).toMatchObject({ needsExceptionNote: false, exceptionCommentary: 'Two caseworkers left in June' });

    const report = (await app.graphql(CREATE_REPORT, { la: la['874'], audience: 'PARTNERSHIP_GROUP', date: '2026-07-20' }, qa)).data!.createHighlightReport;
    await app.graphql(PUBLISH, report, qa);
    const row = (await readReport(report.id)).content.kpis.find((k: { code: string }) => k.code === 'TRANS');
    expect(row.current).toMatchObject({ value: 61, rag: 'RED', frozen: true });
    const carried = await app.graphql('query ($id: UUID!) { highlightReportContent(id: $id) { kpis { code current { exceptionCommentary exceptionActions } } } }', { id: report.id }, qa);
    expect(carried.data!.highlightReportContent.kpis.find((k: { code: string }) => k.code === 'TRANS').current).toEqual({
      exceptionCommentary: 'Two caseworkers left in June',
      exceptionActions: 'Agency cover from August; weekly tracker review',
    });
    const pdf = (await app.graphql(FILE, { id: report.id, format: 'PDF' }, qa)).data!.highlightReportFile;
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.from(pdf.base64, 'base64'))), { mergePages: true });
    expect(text).toContain('Two caseworkers left in June');

    // Publishing stamped the value frozen, so it has a newer version.
    const { version, frozenAt } = (await app.graphql('query ($id: UUID!) { KpiValue(id: $id) { version frozenAt } }', { id: value.id }, qa)).data!.KpiValue;
    expect(frozenAt).not.toBeNull();
    const changed = await app.graphql('mutation ($id: UUID!, $version: Int!) { updateKpiValue(id: $id, version: $version, value: 75) { id } }', { id: value.id, version }, qa);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'value', rule: 'notFrozen' }] });
  });
});
