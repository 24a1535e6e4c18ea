import type { TestApp } from './app.js';

/** The health figures recomputed in plain TypeScript from the rows themselves, to compare the API with. */

export interface AdviceRow {
  id: string;
  local_authority_id: string;
  plan_id: string;
  team_id: string;
  due_on: string;
  received_on: string | null;
  no_advice: boolean;
  review_grade: number | null;
}

export interface DeepDiveRow {
  plan_id: string;
  local_authority_id: string;
  opens_on: string;
  grade: number;
}

export interface ActionRow {
  team_id: string;
  opens_on: string;
  status: string;
}

export interface TeamRow {
  id: string;
  name: string;
  local_authority_id: string;
}

export interface Figures {
  teamId: string;
  period: string;
  adviceRequested: number;
  adviceDue: number;
  adviceOnTime: number;
  adviceOnTimePercent: number | null;
  noAdvice: number;
  adviceReviewed: number;
  adviceGoodOrBetter: number;
  adviceGoodPercent: number | null;
  deepDivesAudited: number;
  deepDivesGoodOrBetter: number;
  deepDiveGoodPercent: number | null;
  deepDiveActions: number;
  deepDiveActionsOpen: number;
}

export async function healthRows(app: TestApp, localAuthorityIds: string[]) {
  const advice = await app.sql<AdviceRow>(
    `select id, local_authority_id, plan_id, team_id, to_char(due_on, 'YYYY-MM-DD') as due_on, to_char(received_on, 'YYYY-MM-DD') as received_on, no_advice, review_grade
       from advice_request a where local_authority_id = any($1::uuid[]) and exists (select 1 from team t where t.id = a.team_id and t.kind = 'HEALTH')`,
    [localAuthorityIds],
  );
  const deepDives = await app.sql<DeepDiveRow>(
    `select a.plan_id, a.local_authority_id, to_char(c.opens_on, 'YYYY-MM-DD') as opens_on, coalesce(a.agreed_grade, a.overall_grade) as grade
       from audit a join audit_cycle c on c.id = a.cycle_id
      where c.kind = 'HEALTH_DEEP_DIVE' and a.status = 'FINAL' and a.local_authority_id = any($1::uuid[])`,
    [localAuthorityIds],
  );
  const actions = await app.sql<ActionRow>(
    `select f.team_id, to_char(c.opens_on, 'YYYY-MM-DD') as opens_on, f.status
       from follow_up_action f join audit a on a.id = f.audit_id join audit_cycle c on c.id = a.cycle_id
      where c.kind = 'HEALTH_DEEP_DIVE' and f.team_id is not null and f.local_authority_id = any($1::uuid[])`,
    [localAuthorityIds],
  );
  const teams = await app.sql<TeamRow>("select id, name, local_authority_id from team where kind = 'HEALTH' and local_authority_id = any($1::uuid[])", [
    localAuthorityIds,
  ]);
  return { advice, deepDives, actions, teams };
}

export const halfYear = (date: string) => `${date.slice(0, 4)} H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
const pct = (part: number, whole: number) => (whole ? (100 * part) / whole : null);

/** Per team and half-year (or 'all'), from the rows, as the README defines each figure. */
export function expectedFigures(
  rows: Awaited<ReturnType<typeof healthRows>>,
  window: { from: string; to: string },
  today: string,
  byPeriod: boolean,
): Figures[] {
  const inWindow = (date: string) => date >= window.from && date <= window.to;
  const period = (date: string) => (byPeriod ? halfYear(date) : 'all');
  const out = new Map<string, Figures>();
  const entry = (teamId: string, p: string): Figures => {
    const key = `${teamId}|${p}`;
    if (!out.has(key)) {
      out.set(key, {
        teamId, period: p, adviceRequested: 0, adviceDue: 0, adviceOnTime: 0, adviceOnTimePercent: null, noAdvice: 0, adviceReviewed: 0,
        adviceGoodOrBetter: 0, adviceGoodPercent: null, deepDivesAudited: 0, deepDivesGoodOrBetter: 0, deepDiveGoodPercent: null, deepDiveActions: 0, deepDiveActionsOpen: 0,
      });
    }
    return out.get(key)!;
  };
  for (const a of rows.advice.filter((row) => inWindow(row.due_on))) {
    const f = entry(a.team_id, period(a.due_on));
    f.adviceRequested += 1;
    if (a.received_on !== null || a.due_on < today) f.adviceDue += 1;
    if (a.received_on !== null && a.received_on <= a.due_on) f.adviceOnTime += 1;
    if (a.no_advice) f.noAdvice += 1;
    if (a.review_grade !== null) f.adviceReviewed += 1;
    if (a.review_grade !== null && a.review_grade >= 3) f.adviceGoodOrBetter += 1;
  }
  for (const d of rows.deepDives.filter((row) => inWindow(row.opens_on))) {
    const advisers = new Set(rows.advice.filter((a) => a.plan_id === d.plan_id).map((a) => a.team_id));
    for (const teamId of advisers) {
      const f = entry(teamId, period(d.opens_on));
      f.deepDivesAudited += 1;
      if (d.grade >= 3) f.deepDivesGoodOrBetter += 1;
    }
  }
  for (const action of rows.actions.filter((row) => inWindow(row.opens_on))) {
    const f = entry(action.team_id, period(action.opens_on));
    f.deepDiveActions += 1;
    if (action.status === 'OPEN') f.deepDiveActionsOpen += 1;
  }
  const health = new Set(rows.teams.map((t) => t.id));
  return [...out.values()]
    .filter((f) => health.has(f.teamId))
    .map((f) => ({
      ...f,
      adviceOnTimePercent: pct(f.adviceOnTime, f.adviceDue),
      adviceGoodPercent: pct(f.adviceGoodOrBetter, f.adviceReviewed),
      deepDiveGoodPercent: pct(f.deepDivesGoodOrBetter, f.deepDivesAudited),
    }));
}

/** The ranking from those figures: the mean of the percentages a team has, lowest first. */
export function expectedRanking(figures: Figures[], teams: TeamRow[], limit: number): string[] {
  const name = new Map(teams.map((t) => [t.id, t.name]));
  return figures
    .flatMap((f) => {
      const known = [f.adviceOnTimePercent, f.adviceGoodPercent, f.deepDiveGoodPercent].filter((p): p is number => p !== null);
      return known.length ? [{ teamId: f.teamId, score: known.reduce((s, p) => s + p, 0) / known.length }] : [];
    })
    .sort((a, b) => a.score - b.score || name.get(a.teamId)!.localeCompare(name.get(b.teamId)!))
    .slice(0, limit)
    .map((r) => r.teamId);
}

export const SCORECARD_FIELDS =
  'teamId teamName localAuthorityId period adviceRequested adviceDue adviceOnTime adviceOnTimePercent noAdvice adviceReviewed adviceGoodOrBetter adviceGoodPercent deepDivesAudited deepDivesGoodOrBetter deepDiveGoodPercent deepDiveActions deepDiveActionsOpen';

/** Today as the API reads it (England). */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}
