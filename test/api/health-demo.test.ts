import { randomBytes } from 'node:crypto';
import { PAST_DEEP_DIVES } from '@send-qa/seeds';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { onServer, prepareTemplate } from '../helpers/database.js';
import { FIXTURE } from '../helpers/fixture.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { expectedFigures, expectedRanking, healthRows, londonToday, SCORECARD_FIELDS } from '../helpers/health.js';

/** The demo's health history, loaded at test scale into a database of its own. */
const AS_OF = '2026-11-23';
const WINDOW = { from: '2024-11-24', to: AS_OF };

let app: TestApp;
let template: string;
let dco: string;
const { serverUrl } = inject('database');

beforeAll(async () => {
  template = await prepareTemplate(serverUrl, `send_qa_health_${randomBytes(4).toString('hex')}`, { ...FIXTURE, asOf: AS_OF, healthHistory: true });
  app = await startApp({ database: { serverUrl, template } });
  dco = await app.login('dco@example.org');
});
afterAll(async () => {
  await app?.close();
  if (template) await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
});

describe('demo health history', () => {
  it('gives each authority four past six-monthly deep dives of children with complex health needs, and the current one', async () => {
    const cycles = await app.sql<{ code: string; name: string; closes_on: string; statuses: string[]; simple: string }>(
      `select la.code, c.name, to_char(c.closes_on, 'YYYY-MM-DD') as closes_on, array_agg(distinct a.status::text) as statuses,
              count(*) filter (where not ch.complex_health_needs) as simple
         from audit_cycle c join local_authority la on la.id = c.local_authority_id join audit a on a.cycle_id = c.id
         join plan p on p.id = a.plan_id join child ch on ch.id = p.child_id
        where c.kind = 'HEALTH_DEEP_DIVE' group by 1, 2, 3 order by 1, 3`,
    );
    for (const code of ['873', '874']) {
      const own = cycles.filter((c) => c.code === code);
      const past = own.filter((c) => c.closes_on < AS_OF);
      expect(past).toHaveLength(PAST_DEEP_DIVES);
      for (const cycle of past) expect(cycle).toMatchObject({ statuses: ['FINAL'], simple: '0' });
      expect(own.map((c) => c.name)).toEqual([
        'Health deep dive October 2024',
        'Health deep dive April 2025',
        'Health deep dive October 2025',
        'Health deep dive April 2026',
        'Health deep dive October 2026',
      ]);
      expect(own.at(-1)!.closes_on >= AS_OF).toBe(true);
    }
  });

  it('has scorecards equal to an independent computation, on-time rates that differ by service, and CAMHS and community paediatrics among the four most in need', async () => {
    const las = [await localAuthorityId(app, '873'), await localAuthorityId(app, '874')];
    const rows = await healthRows(app, las);
    const today = londonToday();
    const expected = expectedFigures(rows, WINDOW, today, true);
    const scorecards = (await app.graphql(`query ($options: HealthFigureOptions) { healthScorecards(options: $options) { ${SCORECARD_FIELDS} } }`, { options: WINDOW }, dco)).data
      ?.healthScorecards;
    const key = (r: { teamId: string; period: string }) => `${r.teamId}|${r.period}`;
    const pick = (row: Record<string, unknown>) => Object.fromEntries(Object.keys(expected[0]!).map((k) => [k, row[k]]));
    expect(scorecards.map(pick).sort((a: any, b: any) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));

    const whole = expectedFigures(rows, WINDOW, today, false);
    const onTime = whole.map((f) => f.adviceOnTimePercent!).filter((p) => p !== null);
    expect(Math.max(...onTime) - Math.min(...onTime)).toBeGreaterThan(25);
    for (const la of las) {
      const ranking = (
        await app.graphql(
          'query ($options: HealthFigureOptions) { healthServicesNeedingSupport(options: $options) { rank teamId teamName supportScore } }',
          { options: { ...WINDOW, localAuthorityId: la } },
          dco,
        )
      ).data?.healthServicesNeedingSupport;
      const own = rows.teams.filter((t) => t.local_authority_id === la);
      expect(ranking.map((r: { teamId: string }) => r.teamId)).toEqual(expectedRanking(whole.filter((f) => own.some((t) => t.id === f.teamId)), own, 4));
      const names = ranking.slice(0, 3).map((r: { teamName: string }) => r.teamName).join(' | ');
      expect(names).toContain('CAMHS');
      expect(names).toContain('Community Paediatrics');
    }
  });

  it('has sign-offs waiting for the DCO, advice waiting for review, and an annual-health-check figure equal to the rows', async () => {
    const result = await app.graphql(
      `query ($options: HealthFigureOptions) {
        healthSignOffSummary { awaiting agreed }
        _allAdviceRequestsMeta(filter: { awaitingReview: true }) { count }
        annualHealthCheck(options: $options) { reviews discussed }
      }`,
      { options: WINDOW },
      dco,
    );
    expect(result.data?.healthSignOffSummary.awaiting).toBeGreaterThan(0);
    expect(result.data?.healthSignOffSummary.agreed).toBeGreaterThan(result.data?.healthSignOffSummary.awaiting);
    expect(result.data?._allAdviceRequestsMeta.count).toBeGreaterThan(0);
    const reviews = await app.sql<{ dob: string; need: string; meeting: string; discussed: boolean | null }>(
      `select to_char(c.date_of_birth, 'YYYY-MM-DD') as dob, c.primary_need as need, to_char(r.meeting_date, 'YYYY-MM-DD') as meeting, r.health_check_discussed as discussed
         from annual_review r join plan p on p.id = r.plan_id join child c on c.id = p.child_id`,
    );
    const ageOn = (dob: string, on: string) => Number(on.slice(0, 4)) - Number(dob.slice(0, 4)) - (on.slice(5) < dob.slice(5) ? 1 : 0);
    const counted = reviews.filter((r) => r.meeting >= WINDOW.from && r.meeting <= WINDOW.to && ['MLD', 'SLD', 'PMLD'].includes(r.need) && ageOn(r.dob, r.meeting) >= 14 && ageOn(r.dob, r.meeting) <= 25);
    expect(result.data?.annualHealthCheck).toEqual({ reviews: counted.length, discussed: counted.filter((r) => r.discussed).length });
  });
});
