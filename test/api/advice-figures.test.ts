/**
 * Advice timeliness and quality per agency and per service, and the per-agency "advice within 6 weeks" KPIs,
 * against counts made here from the advice rows themselves (SQL reads the rows; the counting is TypeScript,
 * written apart from the API's grouped statement).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { onServer, prepareTemplate } from '../helpers/database.js';
import { FIXTURE } from '../helpers/fixture.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { londonToday } from '../helpers/health.js';

/** The shared fixture has no advice: this file loads the demo's advice history (every agency's) into a database of its own. */
const AS_OF = '2026-11-23';
const { serverUrl } = inject('database');
let template: string;
let app: TestApp;
let qa: string;
let peterborough: string;
let la873: string;
let la874: string;
const today = londonToday();

interface AdviceRow {
  local_authority_id: string;
  team_id: string;
  team_name: string;
  agency: string;
  occasion: 'ASSESSMENT' | 'ANNUAL_REVIEW';
  due_on: string;
  received_on: string | null;
  exception: string | null;
  no_advice: boolean;
  review_grade: number | null;
}

beforeAll(async () => {
  template = await prepareTemplate(serverUrl, `send_qa_advice_${randomBytes(4).toString('hex')}`, { ...FIXTURE, asOf: AS_OF, healthHistory: true });
  app = await startApp({ database: { serverUrl, template } });
  qa = await app.login('qa@example.org');
  peterborough = await app.login('qa.peterborough@example.org');
  la873 = await localAuthorityId(app, '873');
  la874 = await localAuthorityId(app, '874');
});
afterAll(async () => {
  await app?.close();
  if (template) await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
});

const adviceRows = () =>
  app.sql<AdviceRow>(
    `select a.local_authority_id, a.team_id, t.name as team_name, t.kind as agency, a.occasion, to_char(a.due_on, 'YYYY-MM-DD') as due_on,
            to_char(a.received_on, 'YYYY-MM-DD') as received_on, a.exception, a.no_advice, a.review_grade
       from advice_request a join team t on t.id = a.team_id`,
  );

const oneDecimal = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : null);

/** The figure for a set of advice rows, each count read off the rows one by one. */
function expectedFigure(rows: AdviceRow[]) {
  const known = rows.filter((r) => r.received_on !== null || r.due_on < today);
  const onTime = rows.filter((r) => r.received_on !== null && r.received_on <= r.due_on);
  const withException = known.filter((r) => r.exception !== null);
  const onTimeWithoutException = onTime.filter((r) => r.exception === null);
  const reviewed = rows.filter((r) => r.review_grade !== null);
  const good = reviewed.filter((r) => r.review_grade! >= 3);
  return {
    requested: rows.length,
    due: known.length,
    onTime: onTime.length,
    onTimePercent: oneDecimal(onTime.length, known.length),
    withException: withException.length,
    onTimeExcludingExceptionsPercent: oneDecimal(onTimeWithoutException.length, known.length - withException.length),
    noAdvice: rows.filter((r) => r.no_advice).length,
    reviewed: reviewed.length,
    goodOrBetter: good.length,
    goodPercent: oneDecimal(good.length, reviewed.length),
  };
}

const FIGURE = 'agency teamId teamName requested due onTime onTimePercent withException onTimeExcludingExceptionsPercent noAdvice reviewed goodOrBetter goodPercent';
const FIGURES = `query ($options: AdviceFigureOptions) { adviceFigures(options: $options) { from to byAgency { ${FIGURE} } byService { ${FIGURE} } } }`;

describe('advice figures', () => {
  const WINDOWS = [
    { from: '2025-04-01', to: '2026-03-31' },
    { from: '2026-04-01', to: today },
  ];

  for (const window of WINDOWS) {
    for (const occasion of [null, 'ASSESSMENT', 'ANNUAL_REVIEW'] as const) {
      it(`per agency and per service from ${window.from} to ${window.to}, ${occasion ?? 'every occasion'}, per authority and together, equal the rows`, async () => {
        const rows = await adviceRows();
        for (const ids of [[la873], [la874], [la873, la874]]) {
          const result = await app.graphql(FIGURES, { options: { ...window, occasion, localAuthorityId: ids.length === 1 ? ids[0] : null } }, qa);
          expect(result.errors).toBeUndefined();
          const mine = rows.filter((r) => ids.includes(r.local_authority_id) && r.due_on >= window.from && r.due_on <= window.to && (!occasion || r.occasion === occasion));
          const agencies = [...new Set(mine.map((r) => r.agency))].sort();
          const services = [...new Set(mine.map((r) => r.team_id))];
          const figures = result.data!.adviceFigures as { byAgency: { agency: string }[]; byService: { teamId: string }[] };
          expect([...figures.byAgency].sort((a, b) => a.agency.localeCompare(b.agency))).toEqual(
            agencies.map((agency) => ({ agency, teamId: null, teamName: null, ...expectedFigure(mine.filter((r) => r.agency === agency)) })),
          );
          expect(new Set(figures.byService.map((f) => f.teamId))).toEqual(new Set(services));
          for (const teamId of services) {
            const own = mine.filter((r) => r.team_id === teamId);
            expect(figures.byService.find((f) => f.teamId === teamId)).toEqual({ agency: own[0]!.agency, teamId, teamName: own[0]!.team_name, ...expectedFigure(own) });
          }
          // The fixture must exercise what the figures distinguish, or the comparison proves little.
          if (ids.length === 2 && occasion === null && window.to === '2026-03-31') {
            expect(agencies.length).toBeGreaterThanOrEqual(3);
            expect(mine.some((r) => r.exception !== null)).toBe(true);
            expect(mine.some((r) => r.received_on !== null && r.received_on > r.due_on)).toBe(true);
            expect(mine.some((r) => r.review_grade !== null)).toBe(true);
          }
        }
      });
    }
  }

  it("are the caller's authorities only: a Peterborough officer asking for Cambridgeshire is refused, and by default sees Peterborough's", async () => {
    const refused = await app.graphql(FIGURES, { options: { localAuthorityId: la873 } }, peterborough);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = (await adviceRows()).filter((r) => r.local_authority_id === la874);
    const window = { from: '2025-04-01', to: '2026-03-31' };
    const own = await app.graphql(FIGURES, { options: window }, peterborough);
    expect(own.errors).toBeUndefined();
    const services = new Set(rows.filter((r) => r.due_on >= window.from && r.due_on <= window.to).map((r) => r.team_id));
    expect(new Set((own.data!.adviceFigures as { byService: { teamId: string }[] }).byService.map((f) => f.teamId))).toEqual(services);
  });

  it('refuse roles with no need of advice data, and a window longer than ten years', async () => {
    for (const email of ['auditor@example.org', 'commissioner@example.org']) {
      const result = await app.graphql(FIGURES, {}, await app.login(email));
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const long = await app.graphql(FIGURES, { options: { from: '2010-01-01', to: '2026-01-01' } }, qa);
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the advice-within-6-weeks KPIs, one per agency', () => {
  const AGENCIES = ['EDUCATION', 'EDUCATIONAL_PSYCHOLOGY', 'HEALTH', 'SOCIAL_CARE', 'OTHER'] as const;

  it('month by month equal the assessment advice due in each month, on time of known, leaving out excepted advice', async () => {
    const rows = await adviceRows();
    for (const agency of AGENCIES) {
      const created = await app.graphql(
        `mutation ($la: UUID!, $code: String!, $calculation: KpiCalculation!) {
          createKpi(localAuthorityId: $la, code: $code, name: "Advice within 6 weeks", definition: "Test", unit: PERCENT, direction: HIGHER_IS_BETTER,
            target: 90, amberTolerance: 10, frequency: MONTHLY, owner: "Head of SEND", source: COMPUTED, calculation: $calculation) { id } }`,
        { la: la873, code: `ADV-${agency.slice(0, 10)}`, calculation: `ADVICE_WITHIN_6_WEEKS_${agency}` },
        qa,
      );
      expect(created.errors).toBeUndefined();
      const figures = await app.graphql(
        'query ($id: UUID!) { kpiFigures(id: $id, from: "2025-04-01", to: "2026-03-31") { periodStart periodEnd value numerator denominator } }',
        { id: (created.data!.createKpi as { id: string }).id },
        qa,
      );
      expect(figures.errors).toBeUndefined();
      const months = figures.data!.kpiFigures as { periodStart: string; periodEnd: string; value: number | null; numerator: number | null; denominator: number | null }[];
      expect(months).toHaveLength(12);
      let counted = 0;
      for (const month of months) {
        const due = rows.filter(
          (r) => r.local_authority_id === la873 && r.agency === agency && r.occasion === 'ASSESSMENT' && r.due_on >= month.periodStart && r.due_on <= month.periodEnd,
        );
        const known = due.filter((r) => (r.received_on !== null || r.due_on < today) && r.exception === null);
        const onTime = known.filter((r) => r.received_on !== null && r.received_on <= r.due_on);
        counted += known.length;
        if (known.length === 0) {
          expect(month.value).toBeNull();
          continue;
        }
        expect([month.numerator, month.denominator]).toEqual([onTime.length, known.length]);
        expect(month.value).toBeCloseTo((100 * onTime.length) / known.length, 9);
      }
      if (agency === 'EDUCATIONAL_PSYCHOLOGY' || agency === 'HEALTH') expect(counted).toBeGreaterThan(0);
    }
  });
});
