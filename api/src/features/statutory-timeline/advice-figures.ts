/**
 * Advice timeliness and quality per agency (the kind of the team asked) and per service (the team),
 * counted by the advice's due date: advice counts in the period it fell due in. Its timeliness is
 * known once a reply came or the due date passed. "Excluding exceptions" leaves out, from both counts,
 * the advice an exception of reg. 8(2) applied to (a missed appointment, exceptional personal
 * circumstances, absence from the area), as the 20-week figure leaves out the exceptions of reg. 10(4).
 * The health feature's DCO figures ask these counts too: nothing else reads advice_request.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { today } from '../../core/dates.js';
import { pgArray } from '../../core/db/sql.js';
import { GOOD } from '../ehcp-audits/index.js';
import { TeamKind } from '../people/index.js';
import { AdviceOccasion } from './enums.js';
import type { Period } from './figures.js';

/** One service's advice due in one period (or 'all'). */
export interface AdviceCounts {
  teamId: string;
  teamName: string;
  agency: TeamKind;
  localAuthorityId: string;
  /** Half-year, e.g. "2026 H1" (January–June), or 'all'. */
  period: string;
  requested: number;
  /** Those whose timeliness is known: a reply came, or the due date has passed. */
  due: number;
  onTime: number;
  /** Of those due, the ones an exception of reg. 8(2) applied to. */
  withException: number;
  onTimeWithoutException: number;
  noAdvice: number;
  reviewed: number;
  goodOrBetter: number;
}

const HALF_YEAR = (column: string) => `to_char(${column}, 'YYYY') || ' H' || case when extract(month from ${column}) <= 6 then 1 else 2 end`;

/**
 * Advice counts per service (and half-year, when `byHalfYear`) within the authorities, for the agencies
 * and occasion asked (default all): one grouped statement, whatever the number of services or records.
 */
export async function adviceCounts(
  em: EntityManager,
  localAuthorityIds: readonly string[],
  period: Period,
  options: { byHalfYear?: boolean; agencies?: readonly TeamKind[]; occasion?: AdviceOccasion | null; asOf?: string } = {},
): Promise<AdviceCounts[]> {
  const asOf = options.asOf ?? today();
  const rows = await em.execute<Record<string, string | number>[]>(
    `select a.team_id, t.name as team_name, t.kind, a.local_authority_id, ${options.byHalfYear ? HALF_YEAR('a.due_on') : `'all'`} as period,
            count(*)::int as requested,
            count(*) filter (where a.received_on is not null or a.due_on < ?)::int as due,
            count(*) filter (where a.received_on <= a.due_on)::int as on_time,
            count(*) filter (where (a.received_on is not null or a.due_on < ?) and a.exception is not null)::int as with_exception,
            count(*) filter (where a.received_on <= a.due_on and a.exception is null)::int as on_time_without_exception,
            count(*) filter (where a.no_advice)::int as no_advice,
            count(*) filter (where a.review_grade is not null)::int as reviewed,
            count(*) filter (where a.review_grade >= ?)::int as good
       from advice_request a join team t on t.id = a.team_id
      where a.local_authority_id = any(?::uuid[]) and a.due_on between ?::date and ?::date
        and (?::text[] is null or t.kind = any(?::text[])) and (?::text is null or a.occasion = ?::text)
      group by 1, 2, 3, 4, 5
      order by t.name, a.team_id, 5`,
    [asOf, asOf, GOOD, pgArray(localAuthorityIds), period.from, period.to, ...twice(options.agencies ? pgArray(options.agencies) : null), ...twice(options.occasion ?? null)],
  );
  return rows.map((row) => ({
    teamId: String(row.team_id),
    teamName: String(row.team_name),
    agency: row.kind as TeamKind,
    localAuthorityId: String(row.local_authority_id),
    period: String(row.period),
    requested: Number(row.requested),
    due: Number(row.due),
    onTime: Number(row.on_time),
    withException: Number(row.with_exception),
    onTimeWithoutException: Number(row.on_time_without_exception),
    noAdvice: Number(row.no_advice),
    reviewed: Number(row.reviewed),
    goodOrBetter: Number(row.good),
  }));
}

const twice = <T>(value: T): [T, T] => [value, value];

/** Advice counts of the agencies' services together, for each window (in their order). */
export interface AdviceWindowCounts {
  requested: number;
  due: number;
  onTime: number;
  noAdvice: number;
  reviewed: number;
  goodOrBetter: number;
}

/**
 * What adviceCounts' services add up to, for many windows in one grouped statement: the KPIs ask every
 * period of a scorecard at once.
 */
export async function adviceCountsByWindow(
  em: EntityManager,
  localAuthorityIds: readonly string[],
  windows: readonly { from: string; to: string }[],
  agencies: readonly TeamKind[],
): Promise<AdviceWindowCounts[]> {
  if (windows.length === 0) return [];
  const asOf = today();
  const rows = await em.execute<Record<string, number>[]>(
    `select count(a.id)::int as requested,
            count(a.id) filter (where a.received_on is not null or a.due_on < ?)::int as due,
            count(a.id) filter (where a.received_on <= a.due_on)::int as on_time,
            count(a.id) filter (where a.no_advice)::int as no_advice,
            count(a.id) filter (where a.review_grade is not null)::int as reviewed,
            count(a.id) filter (where a.review_grade >= ?)::int as good
       from unnest(?::date[], ?::date[]) with ordinality as w(from_on, to_on, i)
       left join (advice_request a join team t on t.id = a.team_id and t.kind = any(?::text[]))
         on a.local_authority_id = any(?::uuid[]) and a.due_on between w.from_on and w.to_on
      group by w.i order by w.i`,
    [asOf, GOOD, pgArray(windows.map((w) => w.from)), pgArray(windows.map((w) => w.to)), pgArray(agencies), pgArray(localAuthorityIds)],
  );
  return rows.map((row) => ({
    requested: Number(row.requested),
    due: Number(row.due),
    onTime: Number(row.on_time),
    noAdvice: Number(row.no_advice),
    reviewed: Number(row.reviewed),
    goodOrBetter: Number(row.good),
  }));
}

/** One agency's advice due in one window: how many, how many an exception applied to, and how many of the others came on time. */
export interface AgencyWindowCounts {
  due: number;
  withException: number;
  onTimeWithoutException: number;
}

/**
 * Per window (in their order), each agency's advice of the occasion due in it, counted as adviceCounts
 * counts it: one grouped statement for every window and agency, as the KPIs ask every period of a
 * scorecard and every agency at once. An agency with no advice due in a window has no entry.
 */
export async function agencyAdviceByWindow(
  em: EntityManager,
  localAuthorityIds: readonly string[],
  windows: readonly { from: string; to: string }[],
  occasion: AdviceOccasion,
): Promise<Map<TeamKind, AgencyWindowCounts>[]> {
  if (windows.length === 0) return [];
  const asOf = today();
  const rows = await em.execute<{ i: string; kind: TeamKind; due: number; with_exception: number; on_time_without_exception: number }[]>(
    `select w.i, t.kind,
            count(*) filter (where a.received_on is not null or a.due_on < ?)::int as due,
            count(*) filter (where (a.received_on is not null or a.due_on < ?) and a.exception is not null)::int as with_exception,
            count(*) filter (where a.received_on <= a.due_on and a.exception is null)::int as on_time_without_exception
       from unnest(?::date[], ?::date[]) with ordinality as w(from_on, to_on, i)
       join advice_request a on a.local_authority_id = any(?::uuid[]) and a.due_on between w.from_on and w.to_on and a.occasion = ?
       join team t on t.id = a.team_id
      group by 1, 2`,
    [asOf, asOf, pgArray(windows.map((w) => w.from)), pgArray(windows.map((w) => w.to)), pgArray(localAuthorityIds), occasion],
  );
  const byWindow = windows.map(() => new Map<TeamKind, AgencyWindowCounts>());
  for (const row of rows) {
    byWindow[Number(row.i) - 1]!.set(row.kind, { due: row.due, withException: row.with_exception, onTimeWithoutException: row.on_time_without_exception });
  }
  return byWindow;
}

/** The services of the agencies given that were asked for advice on each of these plans. */
export async function advisersOfPlans(em: EntityManager, planIds: readonly string[], agencies: readonly TeamKind[]): Promise<{ planId: string; teamId: string }[]> {
  if (!planIds.length) return [];
  const rows = await em.execute<{ plan_id: string; team_id: string }[]>(
    'select distinct a.plan_id, a.team_id from advice_request a join team t on t.id = a.team_id where a.plan_id = any(?::uuid[]) and t.kind = any(?::text[])',
    [pgArray(planIds), pgArray(agencies)],
  );
  return rows.map((row) => ({ planId: row.plan_id, teamId: row.team_id }));
}

const percent = (part: number, whole: number): number | null => (whole ? Math.round((1000 * part) / whole) / 10 : null);

@ObjectType({ description: "An agency's or one service's advice due in the window: timeliness with and without the exceptions of reg. 8(2), and quality from the reviews" })
export class AdviceFigure {
  @Field(() => TeamKind, { description: 'The agency: the kind of the team asked' }) agency!: TeamKind;
  @Field(() => ID, { nullable: true, description: 'The service; none for an agency’s total' }) teamId?: string | null;
  @Field(() => String, { nullable: true }) teamName?: string | null;
  @Field(() => Int, { description: 'Advice requests due in the window' }) requested!: number;
  @Field(() => Int, { description: 'Those whose timeliness is known: a reply came, or the due date has passed' }) due!: number;
  @Field(() => Int, { description: 'Replies (advice or "no advice") by the due date' }) onTime!: number;
  @Field(() => Float, { nullable: true, description: 'Per cent within 6 weeks (or by the due date), exceptions included; one decimal place' }) onTimePercent?: number | null;
  @Field(() => Int, { description: 'Due advice an exception of reg. 8(2) applied to' }) withException!: number;
  @Field(() => Float, { nullable: true, description: 'Per cent on time, leaving out the advice with an exception' }) onTimeExcludingExceptionsPercent?: number | null;
  @Field(() => Int) noAdvice!: number;
  @Field(() => Int, { description: 'Reviewed against the rubric: the DCO’s for health, a QA officer’s for the rest' }) reviewed!: number;
  @Field(() => Int, { description: 'Graded good or outstanding' }) goodOrBetter!: number;
  @Field(() => Float, { nullable: true }) goodPercent?: number | null;
}

@ObjectType({ description: 'Advice timeliness and quality over a window, per agency and per service' })
export class AdviceFigures {
  @Field(() => LocalDateResolver) from!: string;
  @Field(() => LocalDateResolver) to!: string;
  @Field(() => [AdviceFigure], { description: 'One row per agency that had advice due' }) byAgency!: AdviceFigure[];
  @Field(() => [AdviceFigure], { description: 'One row per service that had advice due, by name' }) byService!: AdviceFigure[];
}

type Summed = Omit<AdviceCounts, 'teamId' | 'teamName' | 'agency' | 'localAuthorityId' | 'period'>;
const NUMBERS: (keyof Summed)[] = ['requested', 'due', 'onTime', 'withException', 'onTimeWithoutException', 'noAdvice', 'reviewed', 'goodOrBetter'];

/** Sums counts: an agency's total, or the KPIs' figures over every service of one. */
function summed(rows: readonly AdviceCounts[]): Summed {
  const total = Object.fromEntries(NUMBERS.map((key) => [key, 0])) as Summed;
  for (const row of rows) for (const key of NUMBERS) total[key] += row[key];
  return total;
}

function figure(agency: TeamKind, counts: Summed, team?: { teamId: string; teamName: string }): AdviceFigure {
  return {
    agency,
    teamId: team?.teamId ?? null,
    teamName: team?.teamName ?? null,
    ...counts,
    onTimePercent: percent(counts.onTime, counts.due),
    onTimeExcludingExceptionsPercent: percent(counts.onTimeWithoutException, counts.due - counts.withException),
    goodPercent: percent(counts.goodOrBetter, counts.reviewed),
  };
}

export async function adviceFigures(em: EntityManager, localAuthorityIds: readonly string[], period: Period, occasion: AdviceOccasion | null): Promise<AdviceFigures> {
  const rows = await adviceCounts(em, localAuthorityIds, period, { occasion });
  const agencies = Object.values(TeamKind).filter((kind) => rows.some((row) => row.agency === kind));
  return {
    ...period,
    byAgency: agencies.map((kind) => figure(kind, summed(rows.filter((row) => row.agency === kind)))),
    byService: rows.map((row) => figure(row.agency, row, row)),
  };
}
