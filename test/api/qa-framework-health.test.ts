import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { onServer, prepareTemplate } from '../helpers/database.js';
import { FIXTURE } from '../helpers/fixture.js';

/**
 * The KPIs computed from the health and annual-review records, on the demo history at test scale (the
 * usual fixture holds no health records), each checked against the rows themselves, period by period.
 */
const FIGURES = `query ($id: UUID!, $from: LocalDate!, $to: LocalDate!) { kpiFigures(id: $id, from: $from, to: $to) { periodStart periodEnd numerator denominator value } }`;
const LEARNING_DISABILITY = ['MLD', 'SLD', 'PMLD'];
const FROM = '2025-09-01';
const TO = '2026-08-31';

interface Figure {
  periodStart: string;
  periodEnd: string;
  numerator: number;
  denominator: number;
  value: number | null;
}

let app: TestApp;
let template: string;
let qa: string;
const { serverUrl } = inject('database');

beforeAll(async () => {
  template = await prepareTemplate(serverUrl, `send_qa_kpi_health_${randomBytes(4).toString('hex')}`, { ...FIXTURE, asOf: '2026-11-23', auditHistory: true });
  app = await startApp({ database: { serverUrl, template } });
  qa = await app.login('qa@example.org');
});
afterAll(async () => {
  await app?.close();
  if (template) await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
});

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;
const inPeriod = (date: string | null, f: Figure) => date !== null && date >= f.periodStart && date <= f.periodEnd;
/** Completed years between two ISO dates. */
const age = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);

async function figures(authority: string, code: string): Promise<Figure[]> {
  const [kpi] = await app.sql<{ id: string }>('select k.id from kpi k join local_authority l on l.id = k.local_authority_id where l.code = $1 and k.code = $2', [authority, code]);
  const result = await app.graphql(FIGURES, { id: kpi!.id, from: FROM, to: TO }, qa);
  expect(result.errors).toBeUndefined();
  const rows = result.data!.kpiFigures as Figure[];
  return rows;
}

function expectMatches(actual: Figure[], count: (f: Figure) => [numerator: number, denominator: number]) {
  expect(actual.map((f) => [f.periodStart, f.numerator, f.denominator])).toEqual(actual.map((f) => [f.periodStart, ...count(f)]));
  for (const f of actual) {
    const [numerator, denominator] = count(f);
    if (denominator === 0) expect(f.value).toBeNull();
    else expect(f.value).toBeCloseTo((100 * numerator) / denominator, 9);
  }
  // Something to compare: the demo history has records in these periods.
  expect(actual.some((f) => f.denominator > 0)).toBe(true);
}

describe('KPIs from health and annual-review records', () => {
  for (const authority of ['873', '874']) {
    it(`health advice on time and good or better equal the advice rows (${authority})`, async () => {
      const advice = await app.sql<{ due: string; received: string | null; grade: number | null }>(
        `select to_char(due_on, 'YYYY-MM-DD') as due, to_char(received_on, 'YYYY-MM-DD') as received, review_grade as grade
           from advice_request h join local_authority l on l.id = h.local_authority_id join team t on t.id = h.team_id and t.kind = 'HEALTH' where l.code = $1`,
        [authority],
      );
      // Periods end before today, so every request in them has a known timeliness.
      expectMatches(await figures(authority, 'HLT-TIME'), (f) => {
        const due = advice.filter((a) => inPeriod(a.due, f));
        return [due.filter((a) => a.received !== null && a.received <= a.due).length, due.length];
      });
      expectMatches(await figures(authority, 'HLT-QUAL'), (f) => {
        const reviewed = advice.filter((a) => inPeriod(a.due, f) && a.grade !== null);
        return [reviewed.filter((a) => a.grade! >= 3).length, reviewed.length];
      });
    });

    it(`annual review decisions within 4 weeks and the annual health check equal the review rows (${authority})`, async () => {
      const reviews = await app.sql<{ meeting: string; decision: string | null; discussed: boolean | null; birth: string; need: string }>(
        `select to_char(r.meeting_date, 'YYYY-MM-DD') as meeting, to_char(r.decision_date, 'YYYY-MM-DD') as decision,
                r.health_check_discussed as discussed, to_char(c.date_of_birth, 'YYYY-MM-DD') as birth, c.primary_need as need
           from annual_review r join plan p on p.id = r.plan_id join child c on c.id = p.child_id
           join local_authority l on l.id = r.local_authority_id where l.code = $1`,
        [authority],
      );
      expectMatches(await figures(authority, 'AR-4WK'), (f) => {
        const decided = reviews.filter((r) => inPeriod(r.decision, f));
        return [decided.filter((r) => days(r.meeting, r.decision!) <= 28).length, decided.length];
      });
      expectMatches(await figures(authority, 'HLT-AHC'), (f) => {
        const eligible = reviews.filter((r) => inPeriod(r.meeting, f) && LEARNING_DISABILITY.includes(r.need) && age(r.birth, r.meeting) >= 14 && age(r.birth, r.meeting) <= 25);
        return [eligible.filter((r) => r.discussed === true).length, eligible.length];
      });
    });
  }

  it("puts the health advice on-time share per half-year in a highlight report's health section, as the rows give it", async () => {
    const [la] = await app.sql<{ id: string }>("select id from local_authority where code = '873'");
    const created = await app.graphql(
      'mutation ($la: UUID!) { createHighlightReport(localAuthorityId: $la, audience: PARTNERSHIP_GROUP, date: "2026-08-31") { id } }',
      { la: la!.id },
      qa,
    );
    expect(created.errors).toBeUndefined();
    const content = (await app.graphql('query ($id: UUID!) { highlightReportContent(id: $id) { asOf sections { key headline points { label value } } } }', { id: created.data!.createHighlightReport.id }, qa))
      .data!.highlightReportContent;
    const health = content.sections.find((s: { key: string }) => s.key === 'health');
    const advice = await app.sql<{ due: string; received: string | null }>(
      `select to_char(due_on, 'YYYY-MM-DD') as due, to_char(received_on, 'YYYY-MM-DD') as received
         from advice_request h join local_authority l on l.id = h.local_authority_id join team t on t.id = h.team_id and t.kind = 'HEALTH'
        where l.code = '873' and due_on between ($1::date - interval '2 years') and $1::date`,
      [content.asOf],
    );
    const halfYear = (date: string) => `${date.slice(0, 4)} H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
    const labels = [...new Set(advice.map((a) => halfYear(a.due)))].sort();
    expect(health.points.map((p: { label: string }) => p.label)).toEqual(labels);
    for (const point of health.points as { label: string; value: number }[]) {
      const due = advice.filter((a) => halfYear(a.due) === point.label);
      expect(point.value).toBeCloseTo((100 * due.filter((a) => a.received !== null && a.received <= a.due).length) / due.length, 9);
    }
  });
});

