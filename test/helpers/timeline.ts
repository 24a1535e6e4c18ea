import type { TestApp } from './app.js';

/**
 * The statutory timeline recomputed in plain TypeScript from the rows themselves, written apart from
 * the API's rules, to compare the API's steps, lists and figures with. Deadlines as the regulations
 * set them: decision 6 weeks, draft 16 weeks (the product's default), decision not to issue 16 weeks,
 * final plan 20 weeks, transfer notice 6 weeks, review decision 4 weeks, amendment notice 4 weeks,
 * amended plan 12 weeks; reviews yearly, half-yearly under 5, and after a transfer in by the later of
 * 12 months from the old review and 3 months from the transfer.
 */

const DAY = 86_400_000;
export const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
export const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

export interface RequestRow {
  id: string;
  local_authority_id: string;
  child_id: string;
  plan_id: string | null;
  team_id: string | null;
  caseworker: string | null;
  kind: 'REQUEST' | 'TRANSFER_IN';
  received_on: string;
  decision_on: string | null;
  decision: 'ASSESS' | 'REFUSE' | null;
  decision_exception: string | null;
  draft_on: string | null;
  outcome: 'FINAL_PLAN' | 'NO_PLAN' | null;
  outcome_on: string | null;
  outcome_exception: string | null;
  withdrawn_on: string | null;
  previous_review_on: string | null;
  transfer_notice_on: string | null;
}

export interface ReviewRow {
  id: string;
  local_authority_id: string;
  plan_id: string;
  meeting_date: string;
  decision_date: string | null;
  decision: 'MAINTAIN' | 'AMEND' | 'CEASE' | null;
  amendment_notice_on: string | null;
  amended_plan_on: string | null;
}

export interface PlanRow {
  id: string;
  local_authority_id: string;
  child_id: string;
  team_id: string | null;
  status: string;
  issue_date: string | null;
  last_annual_review_date: string | null;
  date_of_birth: string;
}

export interface TimelineRows {
  requests: RequestRow[];
  reviews: ReviewRow[];
  plans: PlanRow[];
}

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column.split('.').at(-1)}`;

export async function timelineRows(app: TestApp): Promise<TimelineRows> {
  const requests = await app.sql<RequestRow>(
    `select id, local_authority_id, child_id, plan_id, team_id, caseworker, kind, ${date('received_on')}, ${date('decision_on')}, decision, decision_exception,
            ${date('draft_on')}, outcome, ${date('outcome_on')}, outcome_exception, ${date('withdrawn_on')}, ${date('previous_review_on')}, ${date('transfer_notice_on')}
       from assessment_request`,
  );
  const reviews = await app.sql<ReviewRow>(
    `select id, local_authority_id, plan_id, ${date('meeting_date')}, ${date('decision_date')}, decision, ${date('amendment_notice_on')}, ${date('amended_plan_on')} from annual_review`,
  );
  const plans = await app.sql<PlanRow>(
    `select p.id, p.local_authority_id, p.child_id, p.team_id, p.status, ${date('p.issue_date')}, ${date('p.last_annual_review_date')}, ${date('c.date_of_birth')}
       from plan p join child c on c.id = p.child_id`,
  );
  return { requests, reviews, plans };
}

export interface ExpectedStep {
  kind: string;
  dueOn: string | null;
  completedOn: string | null;
  status: string;
}

/** Known on `asOf`: a date after it had not happened yet. */
const by = (day: string | null, asOf: string) => (day !== null && day <= asOf ? day : null);

function withStatuses(steps: Omit<ExpectedStep, 'status'>[], asOf: string, withinDays: number): ExpectedStep[] {
  return steps.map((step, i) => {
    let status: string;
    if (step.completedOn) status = step.dueOn === null ? 'RECORDED' : step.completedOn <= step.dueOn ? 'ON_TIME' : 'LATE';
    else if (steps.slice(i + 1).some((s) => s.completedOn)) status = 'NOT_RECORDED';
    else if (step.dueOn! < asOf) status = 'OVERDUE';
    else status = daysFrom(asOf, step.dueOn!) <= withinDays ? 'DUE_SOON' : 'NOT_YET_DUE';
    return { ...step, status };
  });
}

export function expectedRequestSteps(r: RequestRow, asOf: string, withinDays = 14): ExpectedStep[] {
  if (r.received_on > asOf) return [];
  if (r.kind === 'TRANSFER_IN') {
    return withStatuses(
      [
        { kind: 'TRANSFERRED_IN', dueOn: null, completedOn: r.received_on },
        { kind: 'TRANSFER_NOTICE', dueOn: plusDays(r.received_on, 42), completedOn: by(r.transfer_notice_on, asOf) },
      ],
      asOf,
      withinDays,
    );
  }
  const decided = by(r.decision_on, asOf);
  const outcomeOn = by(r.outcome_on, asOf);
  const withdrawn = by(r.withdrawn_on, asOf);
  let steps: Omit<ExpectedStep, 'status'>[] = [
    { kind: 'REQUEST_RECEIVED', dueOn: null, completedOn: r.received_on },
    { kind: 'DECISION_TO_ASSESS', dueOn: plusDays(r.received_on, 42), completedOn: decided },
  ];
  if (!(decided && r.decision === 'REFUSE')) {
    if (outcomeOn && r.outcome === 'NO_PLAN') steps.push({ kind: 'DECISION_NOT_TO_ISSUE', dueOn: plusDays(r.received_on, 112), completedOn: outcomeOn });
    else {
      steps.push({ kind: 'DRAFT_PLAN', dueOn: plusDays(r.received_on, 112), completedOn: by(r.draft_on, asOf) });
      steps.push({ kind: 'FINAL_PLAN', dueOn: plusDays(r.received_on, 140), completedOn: outcomeOn });
    }
  }
  if (withdrawn) steps = [...steps.filter((s) => s.completedOn), { kind: 'REQUEST_WITHDRAWN', dueOn: null, completedOn: withdrawn }];
  return withStatuses(steps, asOf, withinDays);
}

/** When the review after `last` (none: the first) fell due, with the latest transfer in by `on`. */
function reviewDue(plan: PlanRow, transfers: RequestRow[], last: string | null, on: string): string {
  const transfer = transfers.filter((t) => t.plan_id === plan.id && t.received_on <= on).sort((a, b) => a.received_on.localeCompare(b.received_on)).at(-1);
  if (transfer && (!last || last < transfer.received_on)) {
    const twelve = plusMonths(transfer.previous_review_on ?? plan.issue_date!, 12);
    const three = plusMonths(transfer.received_on, 3);
    return twelve > three ? twelve : three;
  }
  const anchor = last ?? plan.issue_date!;
  const fifth = plusMonths(plan.date_of_birth, 60);
  return plusMonths(anchor, fifth > anchor ? 6 : 12);
}

export function expectedReviewSteps(rows: TimelineRows, review: ReviewRow, asOf: string, withinDays = 14): ExpectedStep[] {
  const plan = rows.plans.find((p) => p.id === review.plan_id)!;
  if (review.meeting_date > asOf || !plan.issue_date) return [];
  const previous = rows.reviews.filter((r) => r.plan_id === plan.id && r.meeting_date < review.meeting_date).map((r) => r.meeting_date).sort().at(-1) ?? null;
  const decided = by(review.decision_date, asOf);
  const notice = by(review.amendment_notice_on, asOf);
  const steps: Omit<ExpectedStep, 'status'>[] = [
    { kind: 'REVIEW_MEETING', dueOn: reviewDue(plan, rows.requests.filter((r) => r.kind === 'TRANSFER_IN'), previous, review.meeting_date), completedOn: review.meeting_date },
    { kind: 'REVIEW_DECISION', dueOn: plusDays(review.meeting_date, 28), completedOn: decided },
  ];
  if ((decided && review.decision === 'AMEND') || notice) {
    steps.push({ kind: 'AMENDMENT_NOTICE', dueOn: plusDays(review.meeting_date, 28), completedOn: notice });
    steps.push({ kind: 'AMENDED_PLAN', dueOn: plusDays(review.meeting_date, 84), completedOn: by(review.amended_plan_on, asOf) });
  }
  return withStatuses(steps, asOf, withinDays);
}

/** A maintained plan's next review meeting on `asOf`, or null if it has none then. */
export function expectedNextReview(rows: TimelineRows, plan: PlanRow, asOf: string): string | null {
  if (plan.status !== 'FINAL' || !plan.issue_date || plan.issue_date > asOf) return null;
  const held = [...rows.reviews.filter((r) => r.plan_id === plan.id).map((r) => r.meeting_date), plan.last_annual_review_date].filter((d): d is string => d !== null && d <= asOf).sort();
  return reviewDue(plan, rows.requests.filter((r) => r.kind === 'TRANSFER_IN'), held.at(-1) ?? null, asOf);
}

export interface ExpectedDeadline {
  id: string;
  kind: string;
  dueOn: string;
  status: 'DUE_SOON' | 'OVERDUE';
  localAuthorityId: string;
  teamId: string | null;
}

/** Every step overdue or due within `withinDays` on `asOf`, as the live list should hold them. */
export function expectedDeadlines(rows: TimelineRows, asOf: string, withinDays: number): ExpectedDeadline[] {
  const open: ExpectedDeadline[] = [];
  const add = (sourceId: string, localAuthorityId: string, teamId: string | null, steps: ExpectedStep[]) => {
    for (const step of steps) {
      if (step.status === 'DUE_SOON' || step.status === 'OVERDUE') open.push({ id: `${sourceId}:${step.kind}`, kind: step.kind, dueOn: step.dueOn!, status: step.status, localAuthorityId, teamId });
    }
  };
  for (const r of rows.requests) add(r.id, r.local_authority_id, r.team_id, expectedRequestSteps(r, asOf, withinDays));
  const plans = new Map(rows.plans.map((p) => [p.id, p]));
  for (const review of rows.reviews) add(review.id, review.local_authority_id, plans.get(review.plan_id)!.team_id, expectedReviewSteps(rows, review, asOf, withinDays).slice(1));
  for (const plan of rows.plans) {
    const due = expectedNextReview(rows, plan, asOf);
    if (due && daysFrom(asOf, due) <= withinDays) open.push({ id: `${plan.id}:REVIEW_MEETING`, kind: 'REVIEW_MEETING', dueOn: due, status: due < asOf ? 'OVERDUE' : 'DUE_SOON', localAuthorityId: plan.local_authority_id, teamId: plan.team_id });
  }
  return open.sort((a, b) => a.id.localeCompare(b.id));
}

/** Steps done in a period and how many by their deadline, straight from the rows. */
export function expectedTimeliness(rows: TimelineRows, localAuthorityIds: string[], from: string, to: string) {
  const mine = <T extends { local_authority_id: string }>(list: T[]) => list.filter((r) => localAuthorityIds.includes(r.local_authority_id));
  const inPeriod = (day: string | null) => day !== null && day >= from && day <= to;
  const count = <T>(list: T[], within: (row: T) => boolean) => ({ done: list.length, withinTimescale: list.filter(within).length });
  const finals = mine(rows.requests).filter((r) => r.kind === 'REQUEST' && r.outcome === 'FINAL_PLAN' && inPeriod(r.outcome_on));
  const twentyWeeks = (r: RequestRow) => daysFrom(r.received_on, r.outcome_on!) <= 140;
  return {
    finalPlans: count(finals, twentyWeeks),
    finalPlansExcludingExceptions: count(finals.filter((r) => !r.outcome_exception), twentyWeeks),
    decisionsToAssess: count(
      mine(rows.requests).filter((r) => r.kind === 'REQUEST' && inPeriod(r.decision_on) && !r.decision_exception),
      (r) => daysFrom(r.received_on, r.decision_on!) <= 42,
    ),
    reviewDecisions: count(mine(rows.reviews).filter((r) => inPeriod(r.decision_date)), (r) => daysFrom(r.meeting_date, r.decision_date!) <= 28),
    amendedPlans: count(mine(rows.reviews).filter((r) => r.decision === 'AMEND' && inPeriod(r.amended_plan_on)), (r) => daysFrom(r.meeting_date, r.amended_plan_on!) <= 84),
    reviewsOverdue: mine(rows.plans).filter((p) => {
      const due = expectedNextReview(rows, p, to);
      return due !== null && due < to;
    }).length,
  };
}

export const TIMELINE_STEP = 'kind dueOn completedOn status';
