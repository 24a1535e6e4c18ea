/**
 * The timeliness figures councils are judged on, counted as DfE counts them: by the day the step was
 * done (a plan counts in the period it was issued), with the statutory deadline from rules.ts. The QA
 * framework's named calculations call these; nothing else reads the timeline's tables for a figure.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { addDays, addMonths } from '../../core/dates.js';
import { AssessmentKind, AssessmentOutcome, AnnualReviewDecision, StepStatus, TimelineStepKind as Kind } from './enums.js';
import { countDeadlines, nextReviews, Sql } from './deadlines.js';
import { DEADLINE_DAYS, STEPS } from './rules.js';

export interface Period {
  from: string;
  to: string;
}

/** Steps done in a period, and how many of them by their deadline. */
export interface Timeliness {
  done: number;
  withinTimescale: number;
}

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

async function timeliness(em: EntityManager, sql: string, params: unknown[]): Promise<Timeliness> {
  const [row] = await em.execute<{ done: string; within: string }[]>(sql, params);
  return { done: Number(row?.done ?? 0), withinTimescale: Number(row?.within ?? 0) };
}

/**
 * Final plans issued in the period from a request for assessment (transfers in are not assessments),
 * and how many within 20 weeks of the request. Excluding exceptions leaves out, from both counts, the
 * plans an exception of reg. 10(4) applied to; a missed appointment is never one.
 */
export function assessmentTimeliness(em: EntityManager, localAuthorityIds: readonly string[], period: Period, options: { excludingExceptions: boolean }): Promise<Timeliness> {
  return timeliness(
    em,
    `select count(*) as done, count(*) filter (where outcome_on <= received_on + ?::int) as within
       from assessment_request
      where kind = ? and outcome = ? and outcome_on between ?::date and ?::date and local_authority_id = any(?::uuid[])
        ${options.excludingExceptions ? 'and outcome_exception is null' : ''}`,
    [DEADLINE_DAYS.finalPlan, AssessmentKind.REQUEST, AssessmentOutcome.FINAL_PLAN, period.from, period.to, uuids(localAuthorityIds)],
  );
}

/** Decisions whether to assess (either way) made in the period, and how many within 6 weeks; a decision an exception of reg. 5(4) applied to is left out. */
export function decisionTimeliness(em: EntityManager, localAuthorityIds: readonly string[], period: Period): Promise<Timeliness> {
  return timeliness(
    em,
    `select count(*) as done, count(*) filter (where decision_on <= received_on + ?::int) as within
       from assessment_request
      where kind = ? and decision_on between ?::date and ?::date and decision_exception is null and local_authority_id = any(?::uuid[])`,
    [DEADLINE_DAYS.decisionToAssess, AssessmentKind.REQUEST, period.from, period.to, uuids(localAuthorityIds)],
  );
}

/** Annual review decisions made in the period, and how many within 4 weeks of the meeting. */
export function reviewDecisionTimeliness(em: EntityManager, localAuthorityIds: readonly string[], period: Period): Promise<Timeliness> {
  return timeliness(
    em,
    `select count(*) as done, count(*) filter (where decision_date <= meeting_date + ?::int) as within
       from annual_review where decision_date between ?::date and ?::date and local_authority_id = any(?::uuid[])`,
    [DEADLINE_DAYS.reviewDecision, period.from, period.to, uuids(localAuthorityIds)],
  );
}

/** Final amended plans issued in the period, and how many within 12 weeks of the review meeting. */
export function amendedPlanTimeliness(em: EntityManager, localAuthorityIds: readonly string[], period: Period): Promise<Timeliness> {
  return timeliness(
    em,
    `select count(*) as done, count(*) filter (where amended_plan_on <= meeting_date + ?::int) as within
       from annual_review where amended_plan_on between ?::date and ?::date and decision = ? and local_authority_id = any(?::uuid[])`,
    [DEADLINE_DAYS.amendedPlan, period.from, period.to, AnnualReviewDecision.AMEND, uuids(localAuthorityIds)],
  );
}

/** The annual-review backlog on a day: maintained plans whose next review meeting was overdue, as the live list counts them. */
export function reviewsOverdue(em: EntityManager, localAuthorityIds: readonly string[], day: string): Promise<number> {
  return countDeadlines(em, { localAuthorityIds, asOf: day, withinDays: 0, filter: { kind: Kind.REVIEW_MEETING, status: StepStatus.OVERDUE } });
}

@ObjectType({ description: 'Maintained plans whose annual review meeting was overdue at the end of a day' })
export class BacklogPoint {
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => Int, { description: 'Plans whose review meeting was overdue that day' }) overdue!: number;
  @Field(() => Int, { description: 'Maintained plans that day (issued by then)' }) plans!: number;
}

/**
 * The annual-review backlog on each given day: maintained plans whose next review meeting was overdue,
 * as the live list counts them that day. Plans ceased since are left out throughout, since the day a
 * plan ceased is not recorded.
 */
export async function reviewBacklog(em: EntityManager, localAuthorityIds: readonly string[], days: readonly string[]): Promise<BacklogPoint[]> {
  if (days.length === 0) return [];
  const q = new Sql();
  const dates = () => q.p(`{${days.join(',')}}`, 'date[]');
  const plans = nextReviews(() => q.p(uuids(localAuthorityIds), 'uuid[]'), dates);
  const rows = await em.execute<{ day: string; overdue: string; plans: string }[]>(
    ...q.compile(
      `select to_char(d.day, 'YYYY-MM-DD') as day, count(n.source_id) filter (where n.due_on < d.day) as overdue, count(n.source_id) as plans
         from unnest(${dates()}) as d(day) left join (${plans}) n on n.as_of = d.day
        group by d.day order by d.day`,
    ),
  );
  return rows.map((row) => ({ date: row.day, overdue: Number(row.overdue), plans: Number(row.plans) }));
}

/** The last day of each month from the one holding `from` to the one holding `to`. */
export function monthEnds(from: string, to: string): string[] {
  const days: string[] = [];
  for (let first = `${from.slice(0, 7)}-01`; first <= to; first = addMonths(first, 1)) {
    const last = addDays(addMonths(first, 1), -1);
    days.push(last < to ? last : to);
  }
  return days;
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
    [AssessmentKind.REQUEST, AssessmentOutcome.FINAL_PLAN, period.from, period.to, uuids(localAuthorityIds)],
  );
  return stretches.map(({ step, from }, i) => ({
    step,
    from,
    label: from === Kind.REQUEST_RECEIVED && step === Kind.FINAL_PLAN ? 'Request to final plan, in all' : `${STEPS[from].label} → ${STEPS[step].label}`,
    medianDays: row?.[`median${i}`] === null || row?.[`median${i}`] === undefined ? null : Number(row[`median${i}`]),
    cases: Number(row?.[`cases${i}`] ?? 0),
  }));
}
