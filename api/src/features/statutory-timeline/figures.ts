/**
 * The timeliness figures councils are judged on, counted as DfE counts them: by the day the step was
 * done (a plan counts in the period it was issued), with the statutory deadline from rules.ts. The QA
 * framework's named calculations call these; nothing else reads the timeline's tables for a figure.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { pgArray } from '../../core/db/sql.js';
import { AssessmentKind, AssessmentOutcome, AnnualReviewDecision, TimelineStepKind as Kind } from './enums.js';
import { Sql } from './deadlines.js';
import { DEADLINE_DAYS, nextReviewDueSql, STEPS } from './rules.js';

export interface Period {
  from: string;
  to: string;
}

/** Steps done in a period, and how many of them by their deadline. */
export interface Timeliness {
  done: number;
  withinTimescale: number;
}

/** What counts as a step done in a period: the date column that dates it, which of the table's rows count, and when it was in time (the row is `x`). */
interface Done {
  table: 'assessment_request' | 'annual_review';
  on: string;
  where: string;
  within: string;
}

/**
 * From the first day of the periods to the last: the rows outside it are left out before each row is
 * compared with every period (a nested loop), which took half or more off a year's trend.
 */
function span(periods: readonly Period[]): Period {
  return { from: periods.reduce((a, p) => (p.from < a ? p.from : a), periods[0]!.from), to: periods.reduce((a, p) => (p.to > a ? p.to : a), periods[0]!.to) };
}

/**
 * Per period, the steps `done` dates in it and how many of them were in time, for each of `subsets` (a
 * condition on the row; all of them by default): one grouped statement for all the periods (in their
 * order) and subsets, so a trend costs what one period does.
 */
async function timeliness(
  em: EntityManager,
  q: Sql,
  localAuthorityIds: readonly string[],
  periods: readonly Period[],
  done: Done,
  subsets: readonly string[] = ['true'],
): Promise<Timeliness[][]> {
  if (periods.length === 0) return [];
  const { table, on, where, within } = done;
  const { from, to } = span(periods);
  const counts = subsets.map((subset, i) => `count(x.id) filter (where ${subset}) as done${i}, count(x.id) filter (where ${subset} and ${within}) as within${i}`);
  const rows = await em.execute<Record<string, string>[]>(
    ...q.compile(
      `select ${counts.join(', ')}
         from unnest(${q.p(pgArray(periods.map((p) => p.from)), 'date[]')}, ${q.p(pgArray(periods.map((p) => p.to)), 'date[]')}) with ordinality as w(from_on, to_on, i)
         left join ${table} x on x.${on} between w.from_on and w.to_on and x.local_authority_id = any(${q.p(pgArray(localAuthorityIds), 'uuid[]')}) and ${where}
          and x.${on} between ${q.p(from, 'date')} and ${q.p(to, 'date')}
        group by w.i order by w.i`,
    ),
  );
  return rows.map((row) => subsets.map((_, i) => ({ done: Number(row[`done${i}`]), withinTimescale: Number(row[`within${i}`]) })));
}

/** The counts over all of a figure's rows, where it asks for no subset. */
const ofAll = async (counts: Promise<Timeliness[][]>): Promise<Timeliness[]> => (await counts).map(([all]) => all!);

/** The final plans of a period: all of them, and leaving out those an exception applied to. */
export interface AssessmentTimeliness {
  all: Timeliness;
  excludingExceptions: Timeliness;
}

/**
 * Final plans issued in each period from a request for assessment (transfers in are not assessments),
 * and how many within 20 weeks of the request; and the same leaving out, from both counts, the plans an
 * exception of reg. 10(4) applied to (a missed appointment is never one). Both from one pass.
 */
export async function assessmentTimeliness(em: EntityManager, localAuthorityIds: readonly string[], periods: readonly Period[]): Promise<AssessmentTimeliness[]> {
  const q = new Sql();
  const done: Done = {
    table: 'assessment_request',
    on: 'outcome_on',
    where: `x.kind = ${q.p(AssessmentKind.REQUEST, 'text')} and x.outcome = ${q.p(AssessmentOutcome.FINAL_PLAN, 'text')}`,
    within: `x.outcome_on <= x.received_on + ${q.p(DEADLINE_DAYS.finalPlan, 'int')}`,
  };
  const rows = await timeliness(em, q, localAuthorityIds, periods, done, ['true', 'x.outcome_exception is null']);
  return rows.map(([all, excludingExceptions]) => ({ all: all!, excludingExceptions: excludingExceptions! }));
}

/** Decisions whether to assess (either way) made in each period, and how many within 6 weeks; a decision an exception of reg. 5(4) applied to is left out. */
export function decisionTimeliness(em: EntityManager, localAuthorityIds: readonly string[], periods: readonly Period[]): Promise<Timeliness[]> {
  const q = new Sql();
  return ofAll(timeliness(em, q, localAuthorityIds, periods, {
    table: 'assessment_request',
    on: 'decision_on',
    where: `x.kind = ${q.p(AssessmentKind.REQUEST, 'text')} and x.decision_exception is null`,
    within: `x.decision_on <= x.received_on + ${q.p(DEADLINE_DAYS.decisionToAssess, 'int')}`,
  }));
}

/** Annual review decisions made in each period, and how many within 4 weeks of the meeting. */
export function reviewDecisionTimeliness(em: EntityManager, localAuthorityIds: readonly string[], periods: readonly Period[]): Promise<Timeliness[]> {
  const q = new Sql();
  return ofAll(timeliness(em, q, localAuthorityIds, periods, {
    table: 'annual_review',
    on: 'decision_date',
    where: 'true',
    within: `x.decision_date <= x.meeting_date + ${q.p(DEADLINE_DAYS.reviewDecision, 'int')}`,
  }));
}

/** Final amended plans issued in each period, and how many within 12 weeks of the review meeting. */
export function amendedPlanTimeliness(em: EntityManager, localAuthorityIds: readonly string[], periods: readonly Period[]): Promise<Timeliness[]> {
  const q = new Sql();
  return ofAll(timeliness(em, q, localAuthorityIds, periods, {
    table: 'annual_review',
    on: 'amended_plan_on',
    where: `x.decision = ${q.p(AnnualReviewDecision.AMEND, 'text')}`,
    within: `x.amended_plan_on <= x.meeting_date + ${q.p(DEADLINE_DAYS.amendedPlan, 'int')}`,
  }));
}

/** The annual-review backlog on each day: maintained plans whose next review meeting was overdue, as the live list counts them. */
export async function reviewsOverdue(em: EntityManager, localAuthorityIds: readonly string[], days: readonly string[]): Promise<number[]> {
  const overdue = new Map((await reviewBacklog(em, localAuthorityIds, days)).map((point) => [point.date, point.overdue]));
  return days.map((day) => overdue.get(day) ?? 0);
}

@ObjectType({ description: 'Maintained plans whose annual review meeting was overdue at the end of a day' })
export class BacklogPoint {
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => Int, { description: 'Plans whose review meeting was overdue that day' }) overdue!: number;
  @Field(() => Int, { description: 'Maintained plans that day (issued by then)' }) plans!: number;
}

/**
 * The annual-review backlog on each given day: maintained plans whose next review meeting was overdue,
 * as the live list counts them that day (`nextReviewDueSql`, as `nextReviews` uses it). Plans ceased
 * since are left out throughout, since the day a plan ceased is not recorded.
 *
 * A plan's next review is due on a date that changes only on the days something happens to it: it is
 * issued, a meeting is held (or the date of the last one before our records is reached), a transfer
 * arrives. So each plan's history is cut once into stretches between those days, each with its due date,
 * and the stretch is overdue from the day after its due date to its end; each day then counts the
 * overdue stretches that hold it. That costs one pass over the plans' events however many days are asked,
 * where working the due date out again for every plan on every day cost one pass per day. Events of one
 * day are peers in the window, so each sees all of that day's; the stretch from any but the last of them
 * ends the day it starts, and holds no day. The overdue stretches are materialised: each day asks them,
 * and inlined they would be worked out again for every day.
 */
export async function reviewBacklog(em: EntityManager, localAuthorityIds: readonly string[], days: readonly string[]): Promise<BacklogPoint[]> {
  if (days.length === 0) return [];
  const q = new Sql();
  const las = () => q.p(pgArray(localAuthorityIds), 'uuid[]');
  const [first, last] = [days.reduce((a, b) => (a < b ? a : b)), days.reduce((a, b) => (a > b ? a : b))];
  const rows = await em.execute<{ day: string; overdue: string; plans: string }[]>(
    ...q.compile(
      `with plans as (
         select p.id, p.issue_date, c.date_of_birth, p.last_annual_review_date
           from plan p join child c on c.id = p.child_id
          where p.local_authority_id = any(${las()}) and p.status = 'FINAL' and p.issue_date is not null
       ), transfers as (
         select distinct on (t.plan_id, t.received_on) t.plan_id, t.received_on, t.previous_review_on
           from assessment_request t
          where t.kind = '${AssessmentKind.TRANSFER_IN}' and t.received_on is not null and t.local_authority_id = any(${las()})
          order by t.plan_id, t.received_on, t.id desc
       ), events as (
         select id as plan_id, issue_date as on_day, null::date as met, null::date as transferred from plans
         union all select id, last_annual_review_date, last_annual_review_date, null from plans where last_annual_review_date is not null
         union all select plan_id, meeting_date, meeting_date, null from annual_review where local_authority_id = any(${las()})
         union all select plan_id, received_on, null, received_on from transfers
       ), stretches as (
         select plan_id, on_day, lead(on_day) over w as ends, max(met) over w as last_meeting, max(transferred) over w as transfer_on
           from events window w as (partition by plan_id order by on_day)
       ), overdue as materialized (
         select from_on, ends
           from (select s.ends, greatest(s.on_day, ${nextReviewDueSql({
             issueDate: 'p.issue_date',
             dateOfBirth: 'p.date_of_birth',
             lastMeeting: 's.last_meeting',
             transferOn: 't.received_on',
             previousReviewOn: 't.previous_review_on',
           })} + 1) as from_on
                   from stretches s join plans p on p.id = s.plan_id and s.on_day >= p.issue_date
                   left join transfers t on t.plan_id = s.plan_id and t.received_on = s.transfer_on
                  where s.ends is null or s.ends > ${q.p(first, 'date')}) x
          where (ends is null or from_on < ends) and from_on <= ${q.p(last, 'date')}
       )
       select to_char(d.day, 'YYYY-MM-DD') as day,
              (select count(*) from overdue o where o.from_on <= d.day and (o.ends is null or o.ends > d.day)) as overdue,
              (select count(*) from plans p where p.issue_date <= d.day) as plans
         from unnest(${q.p(pgArray(days), 'date[]')}) as d(day)`,
    ),
  );
  const byDay = new Map(rows.map((row) => [row.day, { date: row.day, overdue: Number(row.overdue), plans: Number(row.plans) }]));
  return [...new Set(days)].sort().map((day) => byDay.get(day)!);
}

@ObjectType({ description: 'How long one stretch of the assessment took, as a median' })
export class StepDuration {
  @Field(() => Kind, { description: 'The step the stretch ends with' }) step!: Kind;
  @Field(() => String) label!: string;
  @Field(() => Kind, { description: 'The step the stretch starts from' }) from!: Kind;
  @Field(() => Float, { nullable: true, description: 'Median days; none when no case had both steps' }) medianDays?: number | null;
  @Field(() => Int, { description: 'Cases with both steps recorded' }) cases!: number;
}

/**
 * Where the weeks go: for the final plans issued in the period, the median days from the request to
 * the decision to assess, from the decision to the draft, from the draft to the final plan, and in all.
 */
export async function stepDurations(em: EntityManager, localAuthorityIds: readonly string[], period: Period): Promise<StepDuration[]> {
  const stretches: { step: Kind; from: Kind; start: string; end: string }[] = [
    { step: Kind.DECISION_TO_ASSESS, from: Kind.REQUEST_RECEIVED, start: 'received_on', end: 'decision_on' },
    { step: Kind.DRAFT_PLAN, from: Kind.DECISION_TO_ASSESS, start: 'decision_on', end: 'draft_on' },
    { step: Kind.FINAL_PLAN, from: Kind.DRAFT_PLAN, start: 'draft_on', end: 'outcome_on' },
    { step: Kind.FINAL_PLAN, from: Kind.REQUEST_RECEIVED, start: 'received_on', end: 'outcome_on' },
  ];
  const columns = stretches.map(
    ({ start, end }, i) =>
      `percentile_cont(0.5) within group (order by ${end} - ${start}) filter (where ${start} is not null and ${end} is not null) as median${i},
       count(*) filter (where ${start} is not null and ${end} is not null) as cases${i}`,
  );
  const [row] = await em.execute<Record<string, string | number | null>[]>(
    `select ${columns.join(', ')} from assessment_request
      where kind = ? and outcome = ? and outcome_on between ?::date and ?::date and local_authority_id = any(?::uuid[])`,
    [AssessmentKind.REQUEST, AssessmentOutcome.FINAL_PLAN, period.from, period.to, pgArray(localAuthorityIds)],
  );
  return stretches.map(({ step, from }, i) => ({
    step,
    from,
    label: from === Kind.REQUEST_RECEIVED && step === Kind.FINAL_PLAN ? 'Request to final plan, in all' : `${STEPS[from].label} → ${STEPS[step].label}`,
    medianDays: row?.[`median${i}`] === null || row?.[`median${i}`] === undefined ? null : Number(row[`median${i}`]),
    cases: Number(row?.[`cases${i}`] ?? 0),
  }));
}

/**
 * For each window, the annual reviews held in it of young people aged `ages` whose primary need is one
 * of `primaryNeeds`, and in how many the annual health check was discussed (the DCO's figure): one
 * grouped statement for all the windows, in their order.
 */
export async function healthChecksDiscussed(
  em: EntityManager,
  localAuthorityIds: readonly string[],
  windows: readonly { from: string; to: string }[],
  young: { ages: [number, number]; primaryNeeds: readonly string[] },
): Promise<{ reviews: number; discussed: number }[]> {
  if (windows.length === 0) return [];
  const rows = await em.execute<{ reviews: number; discussed: number }[]>(
    `select count(r.id)::int as reviews, count(r.id) filter (where r.health_check_discussed)::int as discussed
       from unnest(?::date[], ?::date[]) with ordinality as w(from_on, to_on, i)
       left join (annual_review r
                  join plan p on p.id = r.plan_id
                  join child c on c.id = p.child_id and extract(year from age(r.meeting_date, c.date_of_birth)) between ? and ? and c.primary_need = any(?::text[]))
         on r.local_authority_id = any(?::uuid[]) and r.meeting_date between w.from_on and w.to_on
      group by w.i order by w.i`,
    [pgArray(windows.map((w) => w.from)), pgArray(windows.map((w) => w.to)), young.ages[0], young.ages[1], pgArray(young.primaryNeeds), pgArray(localAuthorityIds)],
  );
  return rows.map((row) => ({ reviews: row.reviews, discussed: row.discussed }));
}
