import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, SECTION_CODES, type Versioned } from '../helpers/audits.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';

/**
 * Criterion-level findings against what the test itself judged: two termly cycles in Peterborough whose
 * audits are scored through the API with judgements and grades chosen here, then made final. Every
 * count, share, rank, shortfall list and per-term section grade is recomputed from those judgements (and
 * the plan's team read from the plan table), never from the query's own SQL.
 */

const JUDGEMENTS = ['MET', 'PARTLY_MET', 'NOT_MET', 'NOT_APPLICABLE'] as const;
type Judgement = (typeof JUDGEMENTS)[number];
const LENSES = ['EDUCATION', 'HEALTH', 'SOCIAL_CARE'] as const;

interface Scored {
  id: string;
  cycleId: string;
  term: string;
  academicYear: number;
  teamId: string | null;
  lens: string;
  grades: Record<string, number>;
  judgements: { section: string; key: string; judgement: Judgement }[];
}

const QUERY = `query ($options: CriterionFindingsOptions) { criterionFindings(options: $options) {
  audits
  criteria { section key statement met partlyMet notMet notApplicable judged metPercent partlyMetPercent notMetPercent tooFewToReport rank shortfalls { id } }
  sectionGrades { period academicYear term section outstanding good requiresImprovement inadequate graded }
} }`;

let app: TestApp;
let qa: string;
let board: string;
let la: string;
let criteria: { section: string; key: string; statement: string }[];
const scored: Scored[] = [];
const cycles: Record<string, string> = {};

/** A spread of judgements that differs by criterion, so that the ranking has something to order. */
const judgementFor = (audit: number, section: number, criterion: number): Judgement => JUDGEMENTS[(audit * 7 + section * 3 + criterion * 5 + ((audit * criterion) % 3)) % 4]!;

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  const auditor = await app.login('auditor@example.org');
  board = await app.login('board@example.org');
  la = await localAuthorityId(app, '874');
  const [version] = await app.sql<{ sections: { code: string; criteria: { key: string; statement: string }[] }[] }>(
    "select sections from rubric_version where local_authority_id = $1 and status = 'PUBLISHED'",
    [la],
  );
  criteria = version!.sections.flatMap((s) => s.criteria.map((c) => ({ section: s.code, key: c.key, statement: c.statement })));
  const [auditorRow] = await app.sql<{ id: string }>("select id from app_user where email = 'auditor@example.org'");
  let n = 0;
  for (const cycle of [
    { term: 'AUTUMN', academicYear: 2025, opensOn: '2025-09-15', size: 12, seed: 71 },
    { term: 'SPRING', academicYear: 2025, opensOn: '2026-01-12', size: 12, seed: 72 },
  ]) {
    const audits = await assignedCycle(app, qa, '874', { ...cycle, reaudit: false });
    const [{ cycle_id: cycleId } = { cycle_id: '' }] = await app.sql<{ cycle_id: string }>('select cycle_id from audit where id = $1', [audits[0]!.id]);
    cycles[cycle.term] = cycleId;
    for (const assigned of audits) {
      const i = n++;
      const lens = LENSES[i % LENSES.length]!;
      const withLens = await app.graphql('mutation ($id: UUID!, $version: Int!, $a: UUID!, $lens: AuditLens) { assignAudit(id: $id, version: $version, auditorId: $a, lens: $lens) { id version } }', {
        ...assigned,
        a: auditorRow!.id,
        lens,
      }, qa);
      expect(withLens.errors).toBeUndefined();
      let current = withLens.data!.assignAudit as Versioned;
      const record: Scored = { id: current.id, cycleId, term: cycle.term, academicYear: cycle.academicYear, teamId: null, lens, grades: {}, judgements: [] };
      for (const [s, code] of SECTION_CODES.entries()) {
        const grade = 1 + ((i + s) % 4);
        const sectionCriteria = criteria.filter((c) => c.section === code);
        const judgements = sectionCriteria.map((c, k) => ({ key: c.key, judgement: judgementFor(i, s, k) }));
        const saved = await app.graphql(
          'mutation ($id: UUID!, $version: Int!, $code: String!, $grade: Int, $j: [CriterionJudgementInput!]!) { saveAuditSection(id: $id, version: $version, code: $code, grade: $grade, evidence: "Seen", judgements: $j) { id version } }',
          { ...current, code, grade, j: judgements },
          auditor,
        );
        expect(saved.errors).toBeUndefined();
        current = saved.data!.saveAuditSection as Versioned;
        record.grades[code] = grade;
        record.judgements.push(...judgements.map((j) => ({ section: code, ...j })));
      }
      const submitted = await app.graphql('mutation ($id: UUID!, $version: Int!) { submitAudit(id: $id, version: $version, strengths: "", areasForDevelopment: "") { id version } }', { ...current }, auditor);
      expect(submitted.errors).toBeUndefined();
      const final = await app.graphql('mutation ($id: UUID!, $version: Int!) { finaliseAudit(id: $id, version: $version) { status } }', { ...(submitted.data!.submitAudit as Versioned) }, qa);
      expect(final.errors).toBeUndefined();
      scored.push(record);
    }
  }
  // The team holding each plan when its audit became final: the plans have not moved since.
  for (const record of scored) {
    const [row] = await app.sql<{ team_id: string | null }>('select p.team_id from audit a join plan p on p.id = a.plan_id where a.id = $1', [record.id]);
    record.teamId = row!.team_id;
  }
}, 300_000);
afterAll(async () => {
  await app?.close();
});

/** What the findings must be for these audits, counted from the judgements sent. */
function expected(audits: Scored[], minimum = 10) {
  const rows = criteria
    .map((c) => {
      const judged = audits.flatMap((a) => a.judgements.filter((j) => j.section === c.section && j.key === c.key).map((j) => ({ audit: a.id, judgement: j.judgement })));
      const count = (value: Judgement) => judged.filter((j) => j.judgement === value).length;
      const [met, partlyMet, notMet] = [count('MET'), count('PARTLY_MET'), count('NOT_MET')];
      const total = met + partlyMet + notMet;
      const report = total >= minimum;
      return {
        section: c.section,
        key: c.key,
        statement: c.statement,
        met,
        partlyMet,
        notMet,
        notApplicable: count('NOT_APPLICABLE'),
        judged: total,
        metPercent: report ? (100 * met) / total : null,
        partlyMetPercent: report ? (100 * partlyMet) / total : null,
        notMetPercent: report ? (100 * notMet) / total : null,
        tooFewToReport: !report,
        shortfalls: [...new Set(judged.filter((j) => j.judgement === 'NOT_MET' || j.judgement === 'PARTLY_MET').map((j) => j.audit))].sort().map((id) => ({ id })),
      };
    })
    .filter((row) => row.judged + row.notApplicable > 0);
  const share = (part: number, whole: number) => (whole ? part / whole : 0);
  rows.sort(
    (a, b) =>
      Number(a.tooFewToReport) - Number(b.tooFewToReport) ||
      share(b.notMet, b.judged) - share(a.notMet, a.judged) ||
      share(b.partlyMet, b.judged) - share(a.partlyMet, a.judged) ||
      a.section.localeCompare(b.section) ||
      a.key.localeCompare(b.key),
  );
  return rows.map((row, index) => ({ ...row, rank: index + 1 }));
}

function expectedGrades(audits: Scored[]) {
  const label: Record<string, string> = { AUTUMN: 'Autumn', SPRING: 'Spring', SUMMER: 'Summer' };
  const terms = [...new Set(audits.map((a) => a.term))].sort((a, b) => ['AUTUMN', 'SPRING', 'SUMMER'].indexOf(a) - ['AUTUMN', 'SPRING', 'SUMMER'].indexOf(b));
  return terms.flatMap((term) =>
    [...SECTION_CODES].sort().map((section) => {
      const grades = audits.filter((a) => a.term === term).map((a) => a.grades[section]!);
      const count = (grade: number) => grades.filter((g) => g === grade).length;
      return { period: `2025/26 ${label[term]}`, academicYear: 2025, term, section, outstanding: count(4), good: count(3), requiresImprovement: count(2), inadequate: count(1), graded: grades.length };
    }),
  );
}

async function findings(options: Record<string, unknown>, token = qa) {
  const result = await app.graphql(QUERY, { options: { localAuthorityId: la, ...options } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.criterionFindings as { audits: number; criteria: ReturnType<typeof expected>; sectionGrades: ReturnType<typeof expectedGrades> };
}

it('counts each criterion met, partly met and not met in one cycle, ranked worst first, with the audits behind each shortfall', async () => {
  const autumn = scored.filter((a) => a.term === 'AUTUMN');
  const found = await findings({ cycleId: cycles.AUTUMN });
  expect(found.audits).toBe(autumn.length);
  expect(found.criteria).toEqual(expected(autumn));
  // The ranking has something to rank: the worst criterion is not met more often than the best.
  expect(found.criteria[0]!.notMet).toBeGreaterThan(0);
  expect(found.sectionGrades).toEqual(expectedGrades(autumn));
});

it('narrows by a range of cycle dates, team and lens, and flags shares resting on too few judgements', async () => {
  const teams = new Map<string, number>();
  for (const a of scored) if (a.teamId) teams.set(a.teamId, (teams.get(a.teamId) ?? 0) + 1);
  const [team] = [...teams.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const both = await findings({ from: '2025-09-01', to: '2026-03-31' });
  expect(both.criteria).toEqual(expected(scored));
  expect(both.sectionGrades).toEqual(expectedGrades(scored));
  const spring = await findings({ from: '2026-01-01', to: '2026-03-31', lens: 'HEALTH' });
  expect(spring.criteria).toEqual(expected(scored.filter((a) => a.term === 'SPRING' && a.lens === 'HEALTH')));
  const narrowed = scored.filter((a) => a.teamId === team && a.lens === 'EDUCATION');
  const byTeam = await findings({ from: '2025-09-01', to: '2026-03-31', teamId: team, lens: 'EDUCATION' });
  expect(byTeam.audits).toBe(narrowed.length);
  expect(byTeam.criteria).toEqual(expected(narrowed));
  // A handful of audits: every share too few to report.
  expect(byTeam.criteria.every((c) => c.tooFewToReport && c.metPercent === null)).toBe(narrowed.length < 10);
  const lower = await findings({ from: '2025-09-01', to: '2026-03-31', teamId: team, lens: 'EDUCATION', minimumCount: 1 });
  expect(lower.criteria).toEqual(expected(narrowed, 1));
});

it('gives a board member the counts but none of the audits, and never below the small-number threshold', async () => {
  const autumn = scored.filter((a) => a.term === 'AUTUMN');
  const found = await findings({ cycleId: cycles.AUTUMN }, board);
  expect(found.criteria).toEqual(expected(autumn).map((c) => ({ ...c, shortfalls: [] })));
  expect(found.criteria.some((c) => c.met + c.partlyMet + c.notMet > 0)).toBe(true);
  const lowered = await app.graphql(QUERY, { options: { cycleId: cycles.AUTUMN, minimumCount: 1 } }, board);
  expect(lowered.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'options.minimumCount', rule: 'atLeast' }] });
});

it('refuses a cycle and dates together, and dates the wrong way round, naming the field', async () => {
  const both = await app.graphql(QUERY, { options: { cycleId: cycles.AUTUMN, from: '2025-09-01' } }, qa);
  expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'options.cycleId', rule: 'notWithDates' }] });
  const backwards = await app.graphql(QUERY, { options: { from: '2026-03-01', to: '2025-09-01' } }, qa);
  expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'options.from', rule: 'notAfterTo' }] });
});
