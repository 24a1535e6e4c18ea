/**
 * The live lists ("what needs doing"): every step not yet done that was overdue or due within N days
 * on a day, across assessments, transfers in and annual reviews. Built in SQL, one statement per page,
 * from the deadlines in rules.ts; test/api/timeline.test.ts checks them against the steps the API
 * derives record by record, and both against an independent computation from the dates.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { addDays } from '../../core/dates.js';
import { pgArray } from '../../core/db/sql.js';
import { UserInputError } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { UUID } from '../../core/graphql/uuid.js';
import { AssessmentDecision, AssessmentKind, AnnualReviewDecision, StepStatus, TimelineStepKind as Kind } from './enums.js';
import { DEADLINE_DAYS, nextReviewDueSql, STEPS } from './rules.js';

export enum TimelineProcess {
  ASSESSMENT = 'ASSESSMENT',
  TRANSFER_IN = 'TRANSFER_IN',
  ANNUAL_REVIEW = 'ANNUAL_REVIEW',
}
registerEnumType(TimelineProcess, { name: 'TimelineProcess', description: 'Which statutory process a deadline belongs to' });

const PROCESS_OF: Partial<Record<Kind, TimelineProcess>> = {
  DECISION_TO_ASSESS: TimelineProcess.ASSESSMENT,
  DRAFT_PLAN: TimelineProcess.ASSESSMENT,
  FINAL_PLAN: TimelineProcess.ASSESSMENT,
  TRANSFER_NOTICE: TimelineProcess.TRANSFER_IN,
  REVIEW_MEETING: TimelineProcess.ANNUAL_REVIEW,
  REVIEW_DECISION: TimelineProcess.ANNUAL_REVIEW,
  AMENDMENT_NOTICE: TimelineProcess.ANNUAL_REVIEW,
  AMENDED_PLAN: TimelineProcess.ANNUAL_REVIEW,
};

@InputType()
export class DeadlineFilter {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day to judge by (default today): later records are not yet known' }) asOf?: string;
  @Field(() => Int, { nullable: true, description: 'Due soon: due within this many days of asOf (default 14, at most 365)' }) withinDays?: number;
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true, description: 'The casework team holding the case' }) teamId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 120) caseworker?: string;
  @Field(() => Kind, { nullable: true }) kind?: Kind;
  @Field(() => TimelineProcess, { nullable: true }) process?: TimelineProcess;
  @Field(() => StepStatus, { nullable: true, description: 'DUE_SOON or OVERDUE' }) status?: StepStatus;
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) @IsOptional() @Length(0, 40) q?: string;
}

@ObjectType({ description: 'A step not yet done that was overdue, or due within the window, on the day asked about' })
export class Deadline {
  @Field(() => ID, { description: 'The source record and the step' }) id!: string;
  @Field(() => Kind) kind!: Kind;
  @Field(() => String) label!: string;
  @Field(() => TimelineProcess) process!: TimelineProcess;
  @Field(() => StepStatus, { description: 'DUE_SOON or OVERDUE' }) status!: StepStatus;
  @Field(() => LocalDateResolver) dueOn!: string;
  @Field(() => Int, { description: 'Days past the due date (negative: days still to go)' }) daysOverdue!: number;
  @Field(() => String) caseReference!: string;
  @Field(() => ID) childId!: string;
  @Field(() => ID, { nullable: true }) planId?: string | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => String, { nullable: true }) teamName?: string | null;
  @Field(() => String, { nullable: true }) caseworker?: string | null;
  @Field(() => ID) localAuthorityId!: string;
  @Field(() => String, { description: 'AssessmentRequest, AnnualReview, or Plan for the next review still to be held' }) sourceType!: string;
  @Field(() => ID) sourceId!: string;
}

@ObjectType({ description: 'How many deadlines one team, caseworker or step has' })
export class DeadlineCount {
  @Field(() => String, { nullable: true, description: 'The team id, caseworker or step; null: none recorded' }) key?: string | null;
  @Field(() => String) label!: string;
  @Field(() => Int) dueSoon!: number;
  @Field(() => Int) overdue!: number;
}

export enum DeadlineGrouping {
  TEAM = 'TEAM',
  CASEWORKER = 'CASEWORKER',
  STEP = 'STEP',
}
registerEnumType(DeadlineGrouping, { name: 'DeadlineGrouping' });

export interface DeadlineQuery {
  localAuthorityIds: readonly string[];
  asOf: string;
  withinDays: number;
  filter: DeadlineFilter;
}

const SORT_COLUMNS: Record<string, string> = { dueOn: 'due_on', caseReference: 'case_reference', kind: 'kind', team: 'team_name', caseworker: 'caseworker' };

/**
 * Parameters for SQL built in pieces: `p` leaves a marker, and `compile` turns the markers into the
 * positional `?` placeholders in the order they appear in the finished text, whatever order the
 * pieces were built in.
 */
export class Sql {
  private readonly values: unknown[] = [];
  p(value: unknown, cast: string): string {
    this.values.push(value);
    return `\u0001${this.values.length - 1}\u0001::${cast}`;
  }
  compile(sql: string): [string, unknown[]] {
    const params: unknown[] = [];
    const text = sql.replace(/\u0001(\d+)\u0001/g, (_marker, index: string) => {
      params.push(this.values[Number(index)]);
      return '?';
    });
    return [text, params];
  }
}

/**
 * Every open step of the authorities' records on `asOf`, with its due date. A step stays open until a
 * fact dated by `asOf` closes it, exactly as `assessmentSteps`, `reviewSteps` and `statuses` in
 * rules.ts read it: a later step recorded makes an earlier one NOT_RECORDED rather than open.
 */
function openSteps(q: Sql, localAuthorityIds: readonly string[], asOf: string): string {
  const las = () => q.p(pgArray(localAuthorityIds), 'uuid[]');
  const day = () => q.p(asOf, 'date');
  const by = (column: string) => `(${column} is not null and ${column} <= ${day()})`;
  const notYet = (column: string) => `not ${by(column)}`;
  const request = (kind: Kind, days: number, where: string) =>
    `select 'AssessmentRequest' as source_type, r.id as source_id, '${kind}' as kind, r.local_authority_id, r.child_id, r.plan_id, r.team_id, r.caseworker,
            r.received_on + ${days} as due_on
       from assessment_request r
      where r.local_authority_id = any(${las()}) and r.received_on <= ${day()} and ${where}`;
  const assessing = `r.kind = '${AssessmentKind.REQUEST}' and ${notYet('r.withdrawn_on')} and ${notYet('r.outcome_on')}
        and not (${by('r.decision_on')} and r.decision = '${AssessmentDecision.REFUSE}')`;
  const review = (kind: Kind, days: number, where: string) =>
    `select 'AnnualReview', ar.id, '${kind}', ar.local_authority_id, p.child_id, p.id, p.team_id, cw.caseworker, ar.meeting_date + ${days}
       from annual_review ar join plan p on p.id = ar.plan_id and p.issue_date is not null left join (${planCaseworkers(las)}) cw on cw.plan_id = p.id
      where ar.local_authority_id = any(${las()}) and ar.meeting_date <= ${day()} and ${where}`;
  const amending = `((${by('ar.decision_date')} and ar.decision = '${AnnualReviewDecision.AMEND}') or ${by('ar.amendment_notice_on')})`;
  return [
    request(Kind.DECISION_TO_ASSESS, DEADLINE_DAYS.decisionToAssess, `r.kind = '${AssessmentKind.REQUEST}' and ${notYet('r.decision_on')} and ${notYet('r.draft_on')} and ${notYet('r.withdrawn_on')} and ${notYet('r.outcome_on')}`),
    request(Kind.DRAFT_PLAN, DEADLINE_DAYS.draftPlan, `${assessing} and ${notYet('r.draft_on')}`),
    request(Kind.FINAL_PLAN, DEADLINE_DAYS.finalPlan, assessing),
    request(Kind.TRANSFER_NOTICE, DEADLINE_DAYS.transferNotice, `r.kind = '${AssessmentKind.TRANSFER_IN}' and ${notYet('r.transfer_notice_on')}`),
    `select source_type, source_id, kind, local_authority_id, child_id, plan_id, team_id, caseworker, due_on from (${nextReviews(las, () => `array[${day()}]`)}) n`,
    review(Kind.REVIEW_DECISION, DEADLINE_DAYS.reviewDecision, `${notYet('ar.decision_date')} and ${notYet('ar.amendment_notice_on')} and ${notYet('ar.amended_plan_on')}`),
    review(Kind.AMENDMENT_NOTICE, DEADLINE_DAYS.amendmentNotice, `${amending} and ${notYet('ar.amendment_notice_on')} and ${notYet('ar.amended_plan_on')}`),
    review(Kind.AMENDED_PLAN, DEADLINE_DAYS.amendedPlan, `${amending} and ${notYet('ar.amended_plan_on')}`),
  ].join('\n union all\n');
}

/**
 * The next review meeting of every maintained plan on each day of `days` (an SQL list of dates), due
 * as `nextReviewDue` says, with the day as `as_of`. Set-based (grouped joins rather than a lookup per
 * plan), so the whole area costs one pass per day. Each plan's last meeting by a day is the review whose
 * meeting is on or before it and whose next meeting is after it: one pass over the reviews, rather than
 * every review before each day grouped again per day. The live lists ask it for one day; the backlog
 * over many days is counted from each plan's stretches instead (reviewBacklog in figures.ts).
 */
export function nextReviews(las: () => string, days: () => string): string {
  return `select d.day as as_of, 'Plan' as source_type, p.id as source_id, '${Kind.REVIEW_MEETING}' as kind, p.local_authority_id, p.child_id, p.id as plan_id, p.team_id,
            cw.caseworker,
            ${nextReviewDueSql({
              issueDate: 'p.issue_date',
              dateOfBirth: 'c.date_of_birth',
              lastMeeting: 'greatest(held.last, case when p.last_annual_review_date <= d.day then p.last_annual_review_date end)',
              transferOn: 'transfer.received_on',
              previousReviewOn: 'transfer.previous_review_on',
            })} as due_on
       from unnest(${days()}) as d(day)
       join plan p on p.local_authority_id = any(${las()}) and p.status = 'FINAL' and p.issue_date <= d.day
       join child c on c.id = p.child_id
       left join (select d.day, ar.plan_id, ar.meeting_date as last
                    from unnest(${days()}) as d(day)
                    join (select plan_id, meeting_date, lead(meeting_date) over (partition by plan_id order by meeting_date) as next_meeting
                            from annual_review where local_authority_id = any(${las()})) ar
                      on ar.meeting_date <= d.day and (ar.next_meeting is null or ar.next_meeting > d.day)) held on held.plan_id = p.id and held.day = d.day
       left join (select distinct on (d.day, t.plan_id) d.day, t.plan_id, t.received_on, t.previous_review_on
                    from unnest(${days()}) as d(day) join assessment_request t
                      on t.kind = '${AssessmentKind.TRANSFER_IN}' and t.received_on <= d.day and t.local_authority_id = any(${las()})
                   order by d.day, t.plan_id, t.received_on desc, t.id desc) transfer on transfer.plan_id = p.id and transfer.day = d.day
       left join (${planCaseworkers(las)}) cw on cw.plan_id = p.id`;
}

/** Each plan's caseworker: the one named on its latest assessment or transfer record. */
const planCaseworkers = (las: () => string) =>
  `select distinct on (x.plan_id) x.plan_id, x.caseworker from assessment_request x
    where x.plan_id is not null and x.local_authority_id = any(${las()}) order by x.plan_id, x.received_on desc, x.id desc`;

/** The open steps overdue or due soon on `asOf`, with the filter applied, ready to page, count or group. */
function deadlines(query: DeadlineQuery): { q: Sql; sql: string } {
  const { filter, asOf, withinDays } = query;
  const q = new Sql();
  const steps = openSteps(q, query.localAuthorityIds, asOf);
  const conditions = [`s.due_on <= ${q.p(addDays(asOf, withinDays), 'date')}`];
  if (filter.localAuthorityId) conditions.push(`s.local_authority_id = ${q.p(filter.localAuthorityId, 'uuid')}`);
  if (filter.teamId) conditions.push(`s.team_id = ${q.p(filter.teamId, 'uuid')}`);
  if (filter.caseworker) conditions.push(`s.caseworker = ${q.p(filter.caseworker, 'text')}`);
  if (filter.kind) conditions.push(`s.kind = ${q.p(filter.kind, 'text')}`);
  if (filter.process) {
    const kinds = Object.entries(PROCESS_OF).filter(([, process]) => process === filter.process).map(([kind]) => kind);
    conditions.push(`s.kind = any(${q.p(pgArray(kinds), 'text[]')})`);
  }
  if (filter.status === StepStatus.OVERDUE) conditions.push(`s.due_on < ${q.p(asOf, 'date')}`);
  else if (filter.status === StepStatus.DUE_SOON) conditions.push(`s.due_on >= ${q.p(asOf, 'date')}`);
  else if (filter.status) conditions.push('false');
  if (filter.q?.trim()) conditions.push(`c.case_reference ilike ${q.p(`${filter.q.trim().replace(/[\\%_]/g, '\\$&')}%`, 'text')}`);
  const sql = `select s.*, c.case_reference, t.name as team_name, (${q.p(asOf, 'date')} - s.due_on) as days_overdue
      from (${steps}) s join child c on c.id = s.child_id left join team t on t.id = s.team_id
     where ${conditions.join(' and ')}`;
  return { q, sql };
}

interface DeadlineRow {
  source_type: string;
  source_id: string;
  kind: Kind;
  local_authority_id: string;
  child_id: string;
  plan_id: string | null;
  team_id: string | null;
  caseworker: string | null;
  due_on: string;
  case_reference: string;
  team_name: string | null;
  days_overdue: number;
}

const asDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export async function listDeadlines(
  em: EntityManager,
  query: DeadlineQuery,
  page: { page: number; perPage: number; sortField?: string | null; sortOrder?: SortOrder | null },
): Promise<Deadline[]> {
  const field = page.sortField ?? 'dueOn';
  // Own keys only: "valueOf" or "constructor" must not find the object's inherited functions.
  const column = Object.hasOwn(SORT_COLUMNS, field) ? SORT_COLUMNS[field] : undefined;
  if (!column) throw new UserInputError([{ field: 'sortField', rule: 'oneOf', message: `must be one of ${Object.keys(SORT_COLUMNS).join(', ')}` }]);
  const order = page.sortOrder === SortOrder.DESC ? 'desc' : 'asc';
  const { q, sql } = deadlines(query);
  const rows: DeadlineRow[] = await em.execute(
    ...q.compile(`${sql} order by ${column} ${order} nulls last, due_on, source_id, kind limit ${q.p(page.perPage, 'int')} offset ${q.p(page.page * page.perPage, 'bigint')}`),
  );
  return rows.map((row) => ({
    id: `${row.source_id}:${row.kind}`,
    kind: row.kind,
    label: STEPS[row.kind].label,
    process: PROCESS_OF[row.kind]!,
    status: Number(row.days_overdue) > 0 ? StepStatus.OVERDUE : StepStatus.DUE_SOON,
    dueOn: asDate(row.due_on),
    daysOverdue: Number(row.days_overdue),
    caseReference: row.case_reference,
    childId: row.child_id,
    planId: row.plan_id,
    teamId: row.team_id,
    teamName: row.team_name,
    caseworker: row.caseworker,
    localAuthorityId: row.local_authority_id,
    sourceType: row.source_type,
    sourceId: row.source_id,
  }));
}

export async function countDeadlines(em: EntityManager, query: DeadlineQuery): Promise<number> {
  const { q, sql } = deadlines(query);
  const [row] = await em.execute<{ n: string }[]>(...q.compile(`select count(*) as n from (${sql}) d`));
  return Number(row?.n ?? 0);
}

/** The deadlines grouped by team, caseworker or step: how many are due soon and how many overdue. */
export async function deadlineCounts(em: EntityManager, query: DeadlineQuery, grouping: DeadlineGrouping): Promise<DeadlineCount[]> {
  const { q, sql } = deadlines(query);
  const key = { TEAM: 'team_id::text', CASEWORKER: 'caseworker', STEP: 'kind' }[grouping];
  const label = { TEAM: 'team_name', CASEWORKER: 'caseworker', STEP: 'kind' }[grouping];
  const rows = await em.execute<{ key: string | null; label: string | null; due_soon: string; overdue: string }[]>(
    ...q.compile(`select ${key} as key, min(${label}) as label, count(*) filter (where days_overdue <= 0) as due_soon, count(*) filter (where days_overdue > 0) as overdue
       from (${sql}) d group by 1 order by count(*) filter (where days_overdue > 0) desc, count(*) desc, 1`),
  );
  return rows.map((row) => ({
    key: row.key,
    label: grouping === DeadlineGrouping.STEP ? STEPS[row.key as Kind].label : (row.label ?? 'None recorded'),
    dueSoon: Number(row.due_soon),
    overdue: Number(row.overdue),
  }));
}
