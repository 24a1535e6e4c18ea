import DataLoader from 'dataloader';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangeRecord } from '../../core/history/change-record.entity.js';
import { relations } from '../../core/access/relations.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { AnnualReview } from './annual-review.entity.js';
import { PlanStatus, type Plan } from '../people/index.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import { AssessmentKind, StepStatus, TimelineStepKind, TimescaleException } from './enums.js';
import {
  assessmentAsOf,
  assessmentSteps,
  daysLate,
  DEFAULT_DUE_SOON_DAYS,
  MAX_DUE_SOON_DAYS,
  nextReviewDue,
  reviewAsOf,
  reviewSteps,
  statuses,
  STEPS,
  type Step,
} from './rules.js';

/** The day every timeline field is read on, and its "due soon" window. */
@ArgsType()
export class TimelineArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day to judge by (default today): steps dated later are not yet known' }) asOf?: string | null;
  @Field(() => Int, { defaultValue: DEFAULT_DUE_SOON_DAYS, description: `"Due soon" means due within this many days (0–${MAX_DUE_SOON_DAYS})` })
  @Min(0)
  @Max(MAX_DUE_SOON_DAYS)
  withinDays!: number;
}

export function checkWithinDays(withinDays: number, field = 'withinDays'): void {
  new FieldErrors()
    .check(Number.isInteger(withinDays) && withinDays >= 0 && withinDays <= MAX_DUE_SOON_DAYS, field, 'between0And365', `must be from 0 to ${MAX_DUE_SOON_DAYS} days`)
    .throwIfAny();
}

@ObjectType({ description: 'One step of an assessment, a transfer in or an annual review, with its deadline, as things stood on a day' })
export class TimelineStep {
  @Field(() => TimelineStepKind) kind!: TimelineStepKind;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'The time limit in words, and where it comes from' }) rule!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day on which it is on time; none for an event that starts or ends a clock' }) dueOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) completedOn?: string | null;
  @Field(() => StepStatus) status!: StepStatus;
  @Field(() => Int, { nullable: true, description: 'Days after the due date it was done, or (not done) as of the day asked about' }) daysLate?: number | null;
  @Field(() => String, { nullable: true, description: 'The decision taken at this step (ASSESS, REFUSE, MAINTAIN, AMEND, CEASE)' }) outcome?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the plan is to cease' }) reason?: string | null;
  @Field(() => TimescaleException, { nullable: true }) exception?: TimescaleException | null;
  @Field(() => [TimescaleException], { description: 'The exceptions the regulations allow to this step' }) allowedExceptions!: TimescaleException[];
  @Field(() => String, { nullable: true, description: 'Who last recorded the step (from the change history); none for loaded or imported records' }) recordedBy?: string | null;
  @Field(() => DateTimeResolver, { nullable: true }) recordedAt?: Date | null;
  @Field(() => String, { description: 'The record that holds the step: AssessmentRequest or AnnualReview; for the next review still to be held, Plan' }) sourceType!: string;
  @Field(() => ID) sourceId!: string;
  @Field(() => String, { description: "The source record's field holding the step's date" }) field!: string;
}

/** Who last set each field of each record, read from the change history for a whole response at once. */
type Recorders = Map<string, { email: string; at: Date }>;

/**
 * Per request: who recorded each step, for a whole list in one statement. Only the actor's email and
 * the time of the change that set a step's date are shown, never the rest of the history, which
 * stays the admins'.
 */
interface Loaders {
  recorders: DataLoader<string, Recorders>;
}
const loaders = new WeakMap<Context, Loaders>();

function loadersOf(ctx: Context): Loaders {
  let found = loaders.get(ctx);
  if (!found) {
    found = {
      recorders: new DataLoader(
        async (keys) => {
          const ids = keys.map((key) => key.split(':')[1]!);
          const changes = await ctx.em.find(ChangeRecord, { entityName: { $in: ['AssessmentRequest', 'AnnualReview'] }, entityId: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } });
          const byRecord = new Map<string, Recorders>(keys.map((key) => [key, new Map()]));
          for (const change of changes) {
            const fields = byRecord.get(`${change.entityName}:${change.entityId}`);
            for (const [field, { after }] of Object.entries(change.changes)) if (after !== null) fields?.set(field, { email: change.actorEmail, at: change.at });
          }
          return keys.map((key) => byRecord.get(key)!);
        },
        { cache: false },
      ),
    };
    loaders.set(ctx, found);
  }
  return found;
}

/** A plan's reviews and assessments, through the core's scoped loader: the caller sees only what their rules let them. */
export const reviewsOfPlan = (ctx: Context, planId: string) => relations(ctx).children(AnnualReview, 'plan', planId, { meetingDate: 'asc' });
export const requestsOfPlan = (ctx: Context, planId: string) => relations(ctx).children(AssessmentRequest, 'plan', planId, { receivedOn: 'asc' });

async function described(ctx: Context, sourceType: string, sourceId: string, steps: Step[], asOf: string, withinDays: number): Promise<TimelineStep[]> {
  const recorders = sourceType === 'Plan' ? new Map() : await loadersOf(ctx).recorders.load(`${sourceType}:${sourceId}`);
  const status = statuses(steps, asOf, withinDays);
  return steps.map((step, i) => ({
    ...step,
    label: STEPS[step.kind].label,
    rule: STEPS[step.kind].rule,
    status: status[i]!,
    daysLate: daysLate(step, asOf),
    allowedExceptions: [...STEPS[step.kind].exceptions],
    recordedBy: step.completedOn ? (recorders.get(step.field)?.email ?? null) : null,
    recordedAt: step.completedOn ? (recorders.get(step.field)?.at ?? null) : null,
    sourceType,
    sourceId,
  }));
}

/** An assessment's or a transfer's steps as they stood on `asOf`. */
export function requestTimeline(ctx: Context, request: AssessmentRequest, asOf: string, withinDays: number): Promise<TimelineStep[]> {
  if (request.receivedOn > asOf) return Promise.resolve([]);
  return described(ctx, 'AssessmentRequest', request.id, assessmentSteps(assessmentAsOf(request, asOf)), asOf, withinDays);
}

interface PlanFacts {
  plan: Plan;
  dateOfBirth: string;
  reviews: AnnualReview[];
  requests: AssessmentRequest[];
}

async function planFacts(ctx: Context, plan: Plan): Promise<PlanFacts> {
  const [child, reviews, requests] = await Promise.all([relations(ctx).expect(plan.child), reviewsOfPlan(ctx, plan.id), requestsOfPlan(ctx, plan.id)]);
  return { plan, dateOfBirth: child.dateOfBirth, reviews, requests };
}

/** When the review meeting after `lastMeeting` (none: the plan's first) fell due, taking a transfer in before `on` into account. */
function reviewDueAfter(facts: PlanFacts, lastMeeting: string | null, on: string): string {
  const transfer = facts.requests.filter((r) => r.kind === AssessmentKind.TRANSFER_IN && r.receivedOn <= on).at(-1);
  return nextReviewDue({
    issueDate: facts.plan.issueDate!,
    dateOfBirth: facts.dateOfBirth,
    lastMeeting,
    transfer: transfer ? { on: transfer.receivedOn, previousReviewOn: transfer.previousReviewOn } : null,
  });
}

/** A held review's steps as they stood on `asOf`; its meeting was due after the plan's review before it. */
function heldReviewTimeline(ctx: Context, facts: PlanFacts, review: AnnualReview, asOf: string, withinDays: number): Promise<TimelineStep[]> {
  if (review.meetingDate > asOf || !facts.plan.issueDate) return Promise.resolve([]);
  const previous = facts.reviews.filter((r) => r.meetingDate < review.meetingDate).at(-1)?.meetingDate ?? null;
  const steps = reviewSteps(reviewAsOf(review, asOf), reviewDueAfter(facts, previous, review.meetingDate));
  return described(ctx, 'AnnualReview', review.id, steps, asOf, withinDays);
}

export async function reviewTimeline(ctx: Context, review: AnnualReview, asOf: string, withinDays: number): Promise<TimelineStep[]> {
  return heldReviewTimeline(ctx, await planFacts(ctx, await relations(ctx).expect(review.plan)), review, asOf, withinDays);
}

/**
 * A plan's whole timeline on `asOf`: its assessments and transfers, every review held, and the next
 * review still to be held (while the plan is maintained), in the order they happened or fall due.
 * Everything is read at once, so a page of plans costs the same statements as one.
 */
export async function planTimeline(ctx: Context, plan: Plan, asOf: string, withinDays: number): Promise<TimelineStep[]> {
  const facts = await planFacts(ctx, plan);
  const issued = Boolean(plan.issueDate && plan.issueDate <= asOf);
  const held = [...facts.reviews.map((r) => r.meetingDate), plan.lastAnnualReviewDate].filter((d): d is string => Boolean(d) && d! <= asOf).sort();
  const next: Step[] =
    issued && plan.status === PlanStatus.FINAL ? [{ kind: TimelineStepKind.REVIEW_MEETING, dueOn: reviewDueAfter(facts, held.at(-1) ?? null, asOf), completedOn: null, field: 'meetingDate' }] : [];
  const parts = await Promise.all([
    ...facts.requests.map((request) => requestTimeline(ctx, request, asOf, withinDays)),
    ...(issued ? facts.reviews.map((review) => heldReviewTimeline(ctx, facts, review, asOf, withinDays)) : []),
    described(ctx, 'Plan', plan.id, next, asOf, withinDays),
  ]);
  return parts.flat().sort((a, b) => (a.completedOn ?? a.dueOn ?? '').localeCompare(b.completedOn ?? b.dueOn ?? ''));
}
