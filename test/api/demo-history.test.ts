import { randomBytes } from 'node:crypto';
import { PAST_CYCLE_TARGETS } from '@send-qa/seeds';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { onServer, prepareTemplate } from '../helpers/database.js';
import { FIXTURE } from '../helpers/fixture.js';

/** The demo's audit history, loaded at test scale into a database of its own. */
const AS_OF = '2026-11-23';
const STATES = ['UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'MODERATED', 'FINAL'];

let app: TestApp;
let template: string;
const { serverUrl } = inject('database');

beforeAll(async () => {
  template = await prepareTemplate(serverUrl, `send_qa_history_${randomBytes(4).toString('hex')}`, { ...FIXTURE, asOf: AS_OF, auditHistory: true, healthHistory: false });
  app = await startApp({ database: { serverUrl, template } });
});
afterAll(async () => {
  await app?.close();
  if (template) await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
});

interface Point {
  period: string;
  academicYear: number;
  term: string;
  audited: number;
  goodOrOutstanding: number;
  percent: number;
}

/** Per term, from the audits themselves: the agreed grade where there is one. */
async function expectedTrend(code: string) {
  const rows = await app.sql<{ academic_year: number; term: string; audited: string; good: string }>(
    `select c.academic_year, c.term, count(*) as audited, count(*) filter (where coalesce(a.agreed_grade, a.overall_grade) >= 3) as good
       from audit a join audit_cycle c on c.id = a.cycle_id join local_authority la on la.id = a.local_authority_id
      where a.status = 'FINAL' and la.code = $1
      group by 1, 2`,
    [code],
  );
  return rows.map((r) => ({ academicYear: r.academic_year, term: r.term, audited: Number(r.audited), goodOrOutstanding: Number(r.good) }));
}

describe('demo audit history', () => {
  it('gives each authority six past termly cycles of final, moderated audits and one current cycle', async () => {
    const cycles = await app.sql<{ code: string; name: string; opens_on: string; statuses: string[]; unmoderated: string }>(
      `select la.code, c.name, to_char(c.opens_on, 'YYYY-MM-DD') as opens_on, array_agg(distinct a.status::text) as statuses,
              count(*) filter (where a.agreed_grade is null) as unmoderated
         from audit_cycle c join local_authority la on la.id = c.local_authority_id join audit a on a.cycle_id = c.id
        group by 1, 2, 3 order by 1, 3`,
    );
    for (const code of ['873', '874']) {
      const own = cycles.filter((c) => c.code === code);
      expect(own.map((c) => c.name)).toEqual(['Autumn 2024', 'Spring 2025', 'Summer 2025', 'Autumn 2025', 'Spring 2026', 'Summer 2026', 'Autumn 2026']);
      for (const past of own.slice(0, 6)) expect(past).toMatchObject({ statuses: ['FINAL'], unmoderated: '0' });
      expect([...own[6]!.statuses].sort()).toEqual([...STATES].sort());
    }
  });

  it('climbs from the high 40s to the low 80s per cent good or outstanding, exactly as the audits say', async () => {
    const qa = await app.login('qa@example.org');
    const authorities = (await app.graphql('{ allLocalAuthorities { id code } }', {}, qa)).data?.allLocalAuthorities as { id: string; code: string }[];
    for (const { id, code } of authorities) {
      const trend = (await app.graphql('query ($id: UUID) { gradeTrend(options: { localAuthorityId: $id }) { period academicYear term audited goodOrOutstanding percent } }', { id }, qa))
        .data?.gradeTrend as Point[];
      const expected = await expectedTrend(code);
      expect(trend.map(({ academicYear, term, audited, goodOrOutstanding }) => ({ academicYear, term, audited, goodOrOutstanding }))).toEqual(
        expect.arrayContaining(expected),
      );
      expect(trend).toHaveLength(expected.length);
      const past = trend.slice(0, PAST_CYCLE_TARGETS.length);
      expect(past[0]!.period).toBe('2024/25 Autumn');
      // Whole audits cannot hit a percentage exactly: each term is within half an audit of its target.
      past.forEach((point, i) => expect(Math.abs(point.goodOrOutstanding - (point.audited * PAST_CYCLE_TARGETS[i]!) / 100)).toBeLessThanOrEqual(0.5));
      expect(past[0]!.percent).toBeGreaterThanOrEqual(45);
      expect(past[0]!.percent).toBeLessThan(51);
      expect(past.at(-1)!.percent).toBeGreaterThanOrEqual(80);
      expect(past.at(-1)!.percent).toBeLessThan(86);
      for (let i = 1; i < past.length; i++) expect(past[i]!.percent).toBeGreaterThanOrEqual(past[i - 1]!.percent);
    }
  });

  it('scores sections so the rubric rule suggests the grade given, except where an override says why', async () => {
    const rows = await app.sql<{ suggested_grade: number; overall_grade: number; override_reason: string | null; sections: string }>(
      `select suggested_grade, overall_grade, override_reason, jsonb_array_length(sections::jsonb) as sections from audit where status in ('SUBMITTED', 'MODERATED', 'FINAL')`,
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(Number(row.sections)).toBe(13);
      if (row.override_reason === null) expect(row.overall_grade).toBe(row.suggested_grade);
      else expect(row.overall_grade).not.toBe(row.suggested_grade);
    }
  });

  it("fills the demo auditor's queue and the moderation queue of the current cycle", async () => {
    const auditor = await app.login('auditor@example.org');
    const mine = (await app.graphql('{ allAudits(perPage: 500) { status auditor { email } } }', {}, auditor)).data?.allAudits as {
      status: string;
      auditor: { email: string };
    }[];
    expect(mine.every((a) => a.auditor.email === 'auditor@example.org')).toBe(true);
    expect(new Set(mine.map((a) => a.status))).toEqual(new Set(['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'MODERATED', 'FINAL']));
    const waitingOnQa = await app.sql<{ n: string }>(
      `select count(*) as n from audit a join app_user u on u.id = a.moderator_id where u.email = 'qa@example.org' and a.status = 'SUBMITTED' and a.moderator_grade is null`,
    );
    expect(Number(waitingOnQa[0]!.n)).toBeGreaterThan(0);
    const open = await app.sql<{ n: string }>(`select count(*) as n from follow_up_action where status = 'OPEN' and due_date < $1`, [AS_OF]);
    expect(Number(open[0]!.n)).toBeGreaterThan(0);
  });

  it('lists audits and follow-up actions with their relations in as many SQL statements for 5 rows as for 100', async () => {
    const qa = await app.login('qa@example.org');
    const statements = async (query: string, perPage: number) => {
      const result = await app.graphql(query, { perPage }, qa);
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {})[0]).toHaveLength(perPage);
      return Number(result.headers.get('x-sql-statements'));
    };
    const AUDITS = `query ($perPage: Int) { allAudits(perPage: $perPage, sortField: "cycle") {
      id status plan { id child { caseReference primaryNeed } setting { name } team { name } } cycle { name } auditor { email } moderator { email }
      rubricVersion { number } localAuthority { name } } }`;
    const ACTIONS = `query ($perPage: Int) { allFollowUpActions(perPage: $perPage) {
      id overdue team { name } audit { id plan { child { caseReference } } cycle { name } } } }`;
    for (const query of [AUDITS, ACTIONS]) {
      const few = await statements(query, 5);
      expect(few).toBeGreaterThan(0);
      expect(await statements(query, query === ACTIONS ? 20 : 100)).toBe(few);
    }
  });
});

