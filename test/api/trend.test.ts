import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { assignedCycle, finalise, scoreAndSubmit } from '../helpers/audits.js';

const TREND = `query ($options: GradeTrendOptions) {
  gradeTrend(options: $options) { period academicYear term group audited goodOrOutstanding percent low high tooFewToReport }
}`;

let app: TestApp;
let qa: string;
let auditor: string;

beforeAll(async () => {
  app = await startApp();
  qa = await app.login('qa@example.org');
  auditor = await app.login('auditor@example.org');
});
afterAll(async () => {
  await app?.close();
});

/** Samples `grades.length` plans in a new cycle and takes each audit to FINAL with the given grade. */
async function finalCycle(code: '873' | '874', term: string, academicYear: number, opensOn: string, grades: number[], seed: number) {
  // Without re-audits, so each cycle has exactly the audits graded here.
  const audits = await assignedCycle(app, qa, code, { term, academicYear, opensOn, size: grades.length, seed, reaudit: false });
  for (const [i, audit] of audits.entries()) {
    expect(await finalise(app, qa, await scoreAndSubmit(app, auditor, audit, grades[i]!))).toEqual({ status: 'FINAL' });
  }
}

/** The trend computed straight from the audits, independently of audit_outcome. */
async function expected(codes: string[], groupBy: 'none' | 'primary_need' = 'none') {
  const rows = await app.sql<{ academic_year: number; term: string; grp: string | null; audited: string; good: string }>(
    `select c.academic_year, c.term, ${groupBy === 'none' ? 'null' : 'ch.primary_need'} as grp, count(*) as audited, count(*) filter (where a.overall_grade >= 3) as good
       from audit a join audit_cycle c on c.id = a.cycle_id join local_authority la on la.id = a.local_authority_id
       join plan p on p.id = a.plan_id join child ch on ch.id = p.child_id
      where a.status = 'FINAL' and la.code = any($1)
      group by 1, 2, 3`,
    [codes],
  );
  return rows.map((r) => ({ academicYear: r.academic_year, term: r.term, group: r.grp, audited: Number(r.audited), goodOrOutstanding: Number(r.good) }));
}

/** Easter Sunday as the published tables give it, for the years the fixture's terms touch. */
const EASTER: Record<number, string> = { 2026: '2026-04-05' };
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** The audit calendar as the README states it: autumn 1 Sept-31 Dec, spring 1 Jan to Easter, summer Easter Sunday-31 Aug. */
const bounds = (year: number, term: string): [string, string] =>
  ({ AUTUMN: [`${year}-09-01`, `${year}-12-31`], SPRING: [`${year + 1}-01-01`, dayBefore(EASTER[year + 1]!)], SUMMER: [EASTER[year + 1]!, `${year + 1}-08-31`] })[term] as [
    string,
    string,
  ];

const pick = (points: { academicYear: number; term: string; group: string | null; audited: number; goodOrOutstanding: number }[]) =>
  points.map(({ academicYear, term, group, audited, goodOrOutstanding }) => ({ academicYear, term, group, audited, goodOrOutstanding }));
const byKey = (a: { academicYear: number; term: string; group: string | null }, b: typeof a) =>
  `${a.academicYear}${a.term}${a.group}`.localeCompare(`${b.academicYear}${b.term}${b.group}`);

describe('gradeTrend', () => {
  beforeAll(async () => {
    await finalCycle('874', 'AUTUMN', 2025, '2025-09-08', [4, 3, 2, 1, 2], 1);
    await finalCycle('874', 'SPRING', 2025, '2026-01-05', [3, 3, 4, 2], 2);
    await finalCycle('873', 'AUTUMN', 2025, '2025-09-08', [3, 1, 1], 3);
  }, 120_000);

  it('equals the figures computed from the final audits themselves, per term, with percent and Wilson interval', async () => {
    const trend = (await app.graphql(TREND, {}, qa)).data?.gradeTrend;
    expect(pick(trend).sort(byKey)).toEqual((await expected(['873', '874'])).sort(byKey));
    const autumn = trend.find((p: { term: string }) => p.term === 'AUTUMN');
    // Autumn 2025/26 across both authorities: grades 4,3,2,1,2 and 3,1,1 -> 3 good of 8.
    expect(autumn).toMatchObject({ period: '2025/26 Autumn', audited: 8, goodOrOutstanding: 3, tooFewToReport: true });
    expect(autumn.percent).toBeCloseTo(37.5, 10);
    expect(autumn.low).toBeCloseTo(13.68, 1);
    expect(autumn.high).toBeCloseTo(69.43, 1);
    expect(trend.map((p: { period: string }) => p.period)).toEqual(['2025/26 Autumn', '2025/26 Spring']);
  });

  it('breaks down by primary need and by academic year, and respects the small-count threshold', async () => {
    const byNeed = (await app.graphql(TREND, { options: { breakdown: 'PRIMARY_NEED' } }, qa)).data?.gradeTrend;
    expect(pick(byNeed).sort(byKey)).toEqual((await expected(['873', '874'], 'primary_need')).sort(byKey));
    const yearly = (await app.graphql(TREND, { options: { frequency: 'YEARLY', minimumCount: 5 } }, qa)).data?.gradeTrend;
    expect(yearly).toEqual([expect.objectContaining({ period: '2025/26', term: null, audited: 12, goodOrOutstanding: 6, percent: 50, tooFewToReport: false })]);
  });

  it('flags a period not yet ended as partial, with the share elapsed, and a period with few final audits', async () => {
    const FLAGS = `query ($options: GradeTrendOptions) { gradeTrend(options: $options) { academicYear term group audited fewAudits partial elapsedPercent } }`;
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const asOf = '2026-02-15';
    const flagsOn = (threshold: number) =>
      expected(['873', '874']).then((rows) =>
        rows
          .map(({ academicYear, term, audited }) => {
            const [start, end] = bounds(academicYear, term);
            const elapsed = Math.min(100, Math.max(0, (100 * (day(asOf) - day(start) + 1)) / (day(end) - day(start) + 1)));
            return { academicYear, term, group: null, audited, fewAudits: audited < threshold, partial: elapsed < 100, elapsed };
          })
          .sort(byKey),
      );
    const check = async (options: Record<string, unknown>, threshold: number) => {
      const trend = (await app.graphql(FLAGS, { options: { asOf, ...options } }, qa)).data?.gradeTrend;
      const want = await flagsOn(threshold);
      expect(trend.map(({ elapsedPercent, ...p }: { elapsedPercent: number }) => p).sort(byKey)).toEqual(want.map(({ elapsed, ...p }) => p));
      for (const point of want) {
        const got = trend.find((p: { academicYear: number; term: string }) => p.academicYear === point.academicYear && p.term === point.term);
        expect(got.elapsedPercent).toBeCloseTo(point.elapsed, 6);
      }
      return want;
    };
    // Both kinds of each flag occur in the fixture, so neither can pass by always being one value.
    const few = await check({ fewAuditsBelow: 5 }, 5);
    expect(new Set(few.map((p) => p.fewAudits))).toEqual(new Set([true, false]));
    expect(new Set(few.map((p) => p.partial))).toEqual(new Set([true, false]));
    expect(few.find((p) => p.term === 'SPRING')).toMatchObject({ partial: true, fewAudits: true });
    // The default threshold: fewer than 30 final audits.
    expect((await check({}, 30)).every((p) => p.fewAudits)).toBe(true);
  });

  it('shows each user only their own authorities, and the viewer may read it', async () => {
    const peterborough = (await app.graphql(TREND, {}, await app.login('qa.peterborough@example.org'))).data?.gradeTrend;
    expect(pick(peterborough).sort(byKey)).toEqual((await expected(['874'])).sort(byKey));
    const viewer = await app.graphql(TREND, {}, await app.login('viewer@example.org'));
    expect(viewer.errors).toBeUndefined();
  });

  it('changes by exactly one audit when one more becomes final', async () => {
    const before = (await app.graphql(TREND, {}, qa)).data?.gradeTrend.find((p: { term: string }) => p.term === 'SUMMER');
    expect(before).toBeUndefined();
    await finalCycle('873', 'SUMMER', 2025, '2026-04-20', [4], 4);
    const after = (await app.graphql(TREND, {}, qa)).data?.gradeTrend.find((p: { term: string }) => p.term === 'SUMMER');
    expect(after).toMatchObject({ audited: 1, goodOrOutstanding: 1, percent: 100 });
  });

  it('counts each term in the financial year or quarter holding its middle day, as an independent count of the final audits does', async () => {
    const FINANCIAL = `query ($options: GradeTrendOptions) { gradeTrend(options: $options) { period periodStart periodEnd academicYear term audited goodOrOutstanding } }`;
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const middle = (academicYear: number, term: string) => {
      const [start, end] = bounds(academicYear, term);
      return new Date((day(start) + Math.floor((day(end) - day(start)) / 2)) * 86_400_000).toISOString().slice(0, 10);
    };
    const financialYear = (date: string) => {
      const year = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);
      return `${year}/${String(year + 1).slice(2)}`;
    };
    const quarter = (date: string) => `${financialYear(date)} Q${Math.floor(((Number(date.slice(5, 7)) + 8) % 12) / 3) + 1}`;
    const sumBy = (label: (date: string) => string, rows: Awaited<ReturnType<typeof expected>>) => {
      const sums = new Map<string, { period: string; audited: number; goodOrOutstanding: number }>();
      for (const row of rows) {
        const period = label(middle(row.academicYear, row.term));
        const sum = sums.get(period) ?? { period, audited: 0, goodOrOutstanding: 0 };
        sums.set(period, { period, audited: sum.audited + row.audited, goodOrOutstanding: sum.goodOrOutstanding + row.goodOrOutstanding });
      }
      return [...sums.values()].sort((a, b) => a.period.localeCompare(b.period));
    };
    const rows = await expected(['873', '874']);
    // The fixture has audits in two financial years (its summer term is in 2026/27), so the grouping is tested.
    expect(new Set(rows.map((r) => financialYear(middle(r.academicYear, r.term)))).size).toBe(2);
    const yearly = (await app.graphql(FINANCIAL, { options: { calendar: 'FINANCIAL', frequency: 'YEARLY' } }, qa)).data?.gradeTrend;
    expect(yearly.map(({ period, audited, goodOrOutstanding }: { period: string; audited: number; goodOrOutstanding: number }) => ({ period, audited, goodOrOutstanding }))).toEqual(
      sumBy(financialYear, rows),
    );
    expect(yearly[0]).toMatchObject({ periodStart: '2025-04-01', periodEnd: '2026-03-31', academicYear: null, term: null });
    const quarterly = (await app.graphql(FINANCIAL, { options: { calendar: 'FINANCIAL', frequency: 'QUARTERLY' } }, qa)).data?.gradeTrend;
    expect(quarterly.map(({ period, audited, goodOrOutstanding }: { period: string; audited: number; goodOrOutstanding: number }) => ({ period, audited, goodOrOutstanding }))).toEqual(
      sumBy(quarter, rows),
    );
  });

  it('keeps its counts in step when outcome rows are removed in the database (e.g. an erasure)', async () => {
    const [removed] = await app.sql<{ grade: number }>(
      `delete from audit_outcome where audit_id = (select audit_id from audit_outcome where term = 'SPRING' and grade >= 3 limit 1) returning grade`,
    );
    expect(removed!.grade).toBeGreaterThanOrEqual(3);
    const trend = (await app.graphql(TREND, {}, qa)).data?.gradeTrend;
    const fromOutcomes = await app.sql<{ audited: string; good: string }>(
      `select count(*) as audited, count(*) filter (where grade >= 3) as good from audit_outcome where term = 'SPRING'`,
    );
    expect(trend.find((p: { term: string }) => p.term === 'SPRING')).toMatchObject({
      audited: Number(fromOutcomes[0]!.audited),
      goodOrOutstanding: Number(fromOutcomes[0]!.good),
    });
    expect(Number(fromOutcomes[0]!.audited)).toBe(3);
  });

  it('refuses terms outside the academic calendar, naming the field', async () => {
    const refused = await app.graphql(TREND, { options: { calendar: 'FINANCIAL', frequency: 'TERMLY' } }, qa);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'options.frequency', rule: 'fitsCalendar' }] });
  });
});
