import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { today } from '../../core/dates.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { checkDateRange } from '../../core/graphql/validation.js';
import { pgArray } from '../../core/db/sql.js';
import { TeamKind } from '../people/index.js';
import { actionsRaised, CycleKind, finalAudits, GOOD } from '../ehcp-audits/index.js';
import { adviceCounts, adviceCountsByWindow, advisersOfPlans, healthChecksDiscussed } from '../statutory-timeline/index.js';
import { addDays, daysBetween } from '../../core/dates.js';
import { UUID } from '../../core/graphql/uuid.js';

/**
 * The figures the DCO reports per health service. Advice counts in the half-year its due date falls in;
 * deep dives in the half-year their cycle opens, attributed to every service that gave advice for the
 * plan. Everything is computed from the records when asked: nothing here is stored.
 */

@InputType()
export class HealthFigureOptions {
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Start of the window (default: 12 months before `to`)' }) from?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the window, inclusive (default: today)' }) to?: string;
}

@ObjectType({ description: "One health service's figures over one period (or the whole window)" })
export class HealthServiceFigures {
  @Field(() => ID) teamId!: string;
  @Field(() => String) teamName!: string;
  @Field(() => ID) localAuthorityId!: string;
  @Field(() => String, { description: 'Half-year, e.g. "2026 H1" (January–June); "all" for a whole window' }) period!: string;
  @Field(() => Int, { description: 'Advice requests due in the period' }) adviceRequested!: number;
  @Field(() => Int, { description: 'Those whose timeliness is known: a reply came, or the due date has passed' }) adviceDue!: number;
  @Field(() => Int, { description: 'Replies (advice or "no advice") received by the due date' }) adviceOnTime!: number;
  @Field(() => Float, { nullable: true }) adviceOnTimePercent?: number | null;
  @Field(() => Int) noAdvice!: number;
  @Field(() => Int, { description: 'Advice the DCO has graded' }) adviceReviewed!: number;
  @Field(() => Int, { description: 'Graded good or outstanding' }) adviceGoodOrBetter!: number;
  @Field(() => Float, { nullable: true }) adviceGoodPercent?: number | null;
  @Field(() => Int, { description: 'Final deep-dive audits of plans this service advised on' }) deepDivesAudited!: number;
  @Field(() => Int) deepDivesGoodOrBetter!: number;
  @Field(() => Float, { nullable: true }) deepDiveGoodPercent?: number | null;
  @Field(() => Int, { description: 'Follow-up actions for this service raised by deep dives' }) deepDiveActions!: number;
  @Field(() => Int, { description: 'Of those, still open' }) deepDiveActionsOpen!: number;
}

@ObjectType({ description: 'A health service in one period, with the change against its own baseline (its first period with data)' })
export class HealthScorecard extends HealthServiceFigures {
  @Field(() => Float, { nullable: true }) baselineOnTimePercent?: number | null;
  @Field(() => Float, { nullable: true, description: 'Percentage points against the baseline' }) onTimeChange?: number | null;
  @Field(() => Float, { nullable: true }) baselineGoodPercent?: number | null;
  @Field(() => Float, { nullable: true }) goodChange?: number | null;
  @Field(() => Boolean, { description: 'The window covers only part of the half-year (it has not ended on `to`, or began before `from`): more may count in it' })
  partial!: boolean;
  @Field(() => Float, { description: 'Share of the half-year inside the window, per cent' }) coveredPercent!: number;
}

@ObjectType({ description: 'A health service ranked by need for targeted support: lowest support score first' })
export class HealthServiceRanking extends HealthServiceFigures {
  @Field(() => Int) rank!: number;
  @Field(() => Float, { description: 'Mean of the on-time, good-advice and good-deep-dive percentages it has' }) supportScore!: number;
}

@ObjectType({ description: '% of annual reviews of young people aged 14–25 with a learning disability where the annual health check was discussed' })
export class AnnualHealthCheckFigure {
  @Field(() => ID, { nullable: true }) localAuthorityId?: string | null;
  @Field(() => LocalDateResolver) from!: string;
  @Field(() => LocalDateResolver) to!: string;
  @Field(() => Int, { description: 'Annual reviews in the window of young people aged 14–25 with a learning disability' }) reviews!: number;
  @Field(() => Int) discussed!: number;
  @Field(() => Float, { nullable: true }) percent?: number | null;
  @Field(() => Float) target!: number;
  @Field(() => Boolean, { nullable: true }) metTarget?: boolean | null;
}

@ObjectType({ description: "The DCO's sign-offs of health sections, by where they stand" })
export class HealthSignOffSummary {
  @Field(() => Int) awaiting!: number;
  @Field(() => Int) changesRequested!: number;
  @Field(() => Int) agreed!: number;
  @Field(() => Int, { description: 'Agreed without any change asked for' }) agreedFirstTime!: number;
  @Field(() => Float, { nullable: true }) agreedFirstTimePercent?: number | null;
}

/** The primary needs that are learning disabilities (SEN2): the annual health check is for these young people. */
export const LEARNING_DISABILITY_NEEDS = ['MLD', 'SLD', 'PMLD'];
/** The reference plan's target for 14–25: 75% (up from 55%). */
export const DEFAULT_HEALTH_CHECK_TARGET = 75;

const percent = (part: number, whole: number): number | null => (whole ? (100 * part) / whole : null);

/** The window the figures cover: by default the 12 months up to today. */
export function figureWindow(options: HealthFigureOptions): { from: string; to: string } {
  const to = options.to ?? today();
  const from = options.from ?? addDays(to, -365);
  checkDateRange(new FieldErrors(), from, to, { from: 'options.from', to: 'options.to' }).throwIfAny();
  return { from, to };
}

/** A half-year label for a 'YYYY-MM-DD' date: "2026 H1", as the timeline's advice counts label theirs. */
const halfYear = (date: string) => `${date.slice(0, 4)} H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;

type Counts = Record<string, number>;

/**
 * The deep dives' final audits and follow-up actions per health service (and half-year) as the audits
 * report them: an audit counts once for each service that advised on its plan, an action for the service
 * it was raised for.
 */
async function deepDivesByService(em: EntityManager, localAuthorityIds: string[], window: { from: string; to: string }, byPeriod: boolean) {
  const period = (date: string) => (byPeriod ? halfYear(date) : 'all');
  const audits = await finalAudits(em, CycleKind.HEALTH_DEEP_DIVE, localAuthorityIds, window);
  const teamsOf = new Map<string, string[]>();
  for (const { planId, teamId } of await advisersOfPlans(em, audits.map((a) => a.planId), [TeamKind.HEALTH])) teamsOf.set(planId, [...(teamsOf.get(planId) ?? []), teamId]);
  const audited = new Map<string, { team_id: string; period: string; audited: number; good: number }>();
  for (const audit of audits) {
    for (const team of teamsOf.get(audit.planId) ?? []) {
      const row = audited.get(`${team}|${period(audit.cycleOpensOn)}`) ?? { team_id: team, period: period(audit.cycleOpensOn), audited: 0, good: 0 };
      row.audited += 1;
      if (audit.grade >= GOOD) row.good += 1;
      audited.set(`${team}|${row.period}`, row);
    }
  }
  const actions = new Map<string, { team_id: string; period: string; raised: number; open: number }>();
  for (const action of await actionsRaised(em, CycleKind.HEALTH_DEEP_DIVE, localAuthorityIds, window)) {
    const row = actions.get(`${action.teamId}|${period(action.cycleOpensOn)}`) ?? { team_id: action.teamId, period: period(action.cycleOpensOn), raised: 0, open: 0 };
    row.raised += 1;
    if (action.open) row.open += 1;
    actions.set(`${action.teamId}|${row.period}`, row);
  }
  return { audited: [...audited.values()], actions: [...actions.values()] };
}

/**
 * Figures per health team (and half-year, when `byPeriod`) within the caller's local authorities: three
 * grouped statements, whatever the number of teams or records.
 */
export async function serviceFigures(em: EntityManager, localAuthorityIds: string[], options: HealthFigureOptions, byPeriod: boolean): Promise<HealthServiceFigures[]> {
  const { from, to } = figureWindow(options);
  const ids = options.localAuthorityId ? localAuthorityIds.filter((id) => id === options.localAuthorityId) : localAuthorityIds;
  const scope = pgArray(ids);
  const advice = (await adviceCounts(em, ids, { from, to }, { byHalfYear: byPeriod, agencies: [TeamKind.HEALTH] })).map((row) => ({ ...row, team_id: row.teamId }));
  const deepDives = await deepDivesByService(em, ids, { from, to }, byPeriod);
  const teams: { id: string; name: string; local_authority_id: string }[] = await em.execute(
    `select id, name, local_authority_id from team where kind = 'HEALTH' and local_authority_id in (select unnest(?::uuid[]))`,
    [scope],
  );
  const key = (row: { team_id: string; period: string }) => `${row.team_id}|${row.period}`;
  const index = <T extends { team_id: string; period: string }>(rows: T[]) => new Map(rows.map((row) => [key(row), row]));
  const [byAdvice, byDeepDive, byAction] = [index(advice), index(deepDives.audited), index(deepDives.actions)];
  const keys = new Set([...byAdvice.keys(), ...byDeepDive.keys(), ...byAction.keys()]);
  return teams.flatMap((team) =>
    [...keys]
      .filter((k) => k.startsWith(`${team.id}|`))
      .map((k): HealthServiceFigures => {
        const a = byAdvice.get(k);
        const d = byDeepDive.get(k);
        const f = byAction.get(k);
        return {
          teamId: team.id,
          teamName: team.name,
          localAuthorityId: team.local_authority_id,
          period: k.slice(team.id.length + 1),
          adviceRequested: a?.requested ?? 0,
          adviceDue: a?.due ?? 0,
          adviceOnTime: a?.onTime ?? 0,
          adviceOnTimePercent: percent(a?.onTime ?? 0, a?.due ?? 0),
          noAdvice: a?.noAdvice ?? 0,
          adviceReviewed: a?.reviewed ?? 0,
          adviceGoodOrBetter: a?.goodOrBetter ?? 0,
          adviceGoodPercent: percent(a?.goodOrBetter ?? 0, a?.reviewed ?? 0),
          deepDivesAudited: d?.audited ?? 0,
          deepDivesGoodOrBetter: d?.good ?? 0,
          deepDiveGoodPercent: percent(d?.good ?? 0, d?.audited ?? 0),
          deepDiveActions: f?.raised ?? 0,
          deepDiveActionsOpen: f?.open ?? 0,
        };
      }),
  );
}

/**
 * The advice counts of every health service of the authorities together, for each window (in their
 * order): what serviceFigures' services add up to, in one statement for all the windows.
 */
export const adviceFigures = (em: EntityManager, localAuthorityIds: readonly string[], windows: readonly { from: string; to: string }[]) =>
  adviceCountsByWindow(em, localAuthorityIds, windows, [TeamKind.HEALTH]);

/** How much of a half-year ("2026 H1") the window covers, per cent. */
function coveredPercent(period: string, window: { from: string; to: string }): number {
  const [year, half] = [period.slice(0, 4), period.slice(-1)];
  const start = half === '1' ? `${year}-01-01` : `${year}-07-01`;
  const end = half === '1' ? `${year}-06-30` : `${year}-12-31`;
  const first = start > window.from ? start : window.from;
  const last = end < window.to ? end : window.to;
  return Math.max(0, (100 * (daysBetween(first, last) + 1)) / (daysBetween(start, end) + 1));
}

/** Each service per half-year, oldest first, against its own first half-year with data. */
export async function healthScorecards(em: EntityManager, localAuthorityIds: string[], options: HealthFigureOptions): Promise<HealthScorecard[]> {
  const window = figureWindow(options);
  const rows = (await serviceFigures(em, localAuthorityIds, options, true)).sort(
    (a, b) => a.teamName.localeCompare(b.teamName) || a.teamId.localeCompare(b.teamId) || a.period.localeCompare(b.period),
  );
  return rows.map((row) => {
    const own = rows.filter((r) => r.teamId === row.teamId);
    const baselineOnTime = own.find((r) => r.adviceOnTimePercent !== null)?.adviceOnTimePercent ?? null;
    const baselineGood = own.find((r) => r.adviceGoodPercent !== null)?.adviceGoodPercent ?? null;
    const change = (value: number | null | undefined, baseline: number | null) => (value === null || value === undefined || baseline === null ? null : value - baseline);
    return {
      ...row,
      baselineOnTimePercent: baselineOnTime,
      onTimeChange: change(row.adviceOnTimePercent, baselineOnTime),
      baselineGoodPercent: baselineGood,
      goodChange: change(row.adviceGoodPercent, baselineGood),
      partial: coveredPercent(row.period, window) < 100,
      coveredPercent: coveredPercent(row.period, window),
    };
  });
}

/** The mean of the percentages a service has figures for; null when it has none. */
export function supportScore(figures: Pick<HealthServiceFigures, 'adviceOnTimePercent' | 'adviceGoodPercent' | 'deepDiveGoodPercent'>): number | null {
  const known = [figures.adviceOnTimePercent, figures.adviceGoodPercent, figures.deepDiveGoodPercent].filter((p): p is number => p !== null && p !== undefined);
  return known.length ? known.reduce((sum, p) => sum + p, 0) / known.length : null;
}

/** The services most in need of targeted support over the window: the `limit` lowest support scores. */
export async function servicesNeedingSupport(em: EntityManager, localAuthorityIds: string[], options: HealthFigureOptions, limit: number): Promise<HealthServiceRanking[]> {
  return (await serviceFigures(em, localAuthorityIds, options, false))
    .flatMap((row) => {
      const score = supportScore(row);
      return score === null ? [] : [{ ...row, supportScore: score }];
    })
    .sort((a, b) => a.supportScore - b.supportScore || a.teamName.localeCompare(b.teamName))
    .slice(0, limit)
    .map((row, i) => ({ ...row, rank: i + 1 }));
}

/** For each window (in their order), the annual reviews of young people aged 14–25 with a learning disability, and in how many the annual health check was discussed. */
export function annualHealthChecks(em: EntityManager, localAuthorityIds: readonly string[], windows: readonly { from: string; to: string }[]) {
  return healthChecksDiscussed(em, localAuthorityIds, windows, { ages: [14, 25], primaryNeeds: LEARNING_DISABILITY_NEEDS });
}

export async function annualHealthCheck(em: EntityManager, localAuthorityIds: string[], options: HealthFigureOptions, target: number): Promise<AnnualHealthCheckFigure> {
  const { from, to } = figureWindow(options);
  const ids = options.localAuthorityId ? localAuthorityIds.filter((id) => id === options.localAuthorityId) : localAuthorityIds;
  const [checks] = await annualHealthChecks(em, ids, [{ from, to }]);
  const { reviews, discussed } = checks!;
  const value = percent(discussed, reviews);
  return { localAuthorityId: options.localAuthorityId ?? null, from, to, reviews, discussed, percent: value, target, metTarget: value === null ? null : value >= target };
}

export async function signOffSummary(em: EntityManager, localAuthorityIds: string[], localAuthorityId?: string | null): Promise<HealthSignOffSummary> {
  const scope = pgArray(localAuthorityId ? localAuthorityIds.filter((id) => id === localAuthorityId) : localAuthorityIds);
  const [row]: Counts[] = await em.execute(
    `select count(*) filter (where status = 'AWAITING')::int as awaiting,
            count(*) filter (where status = 'CHANGES_REQUESTED')::int as changes,
            count(*) filter (where status = 'AGREED')::int as agreed,
            count(*) filter (where status = 'AGREED' and change_requests = 0)::int as first_time
       from health_sign_off where local_authority_id in (select unnest(?::uuid[]))`,
    [scope],
  );
  return {
    awaiting: row!.awaiting!,
    changesRequested: row!.changes!,
    agreed: row!.agreed!,
    agreedFirstTime: row!.first_time!,
    agreedFirstTimePercent: percent(row!.first_time!, row!.agreed!),
  };
}
