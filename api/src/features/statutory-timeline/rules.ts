/**
 * The statutory timeline's rules, in one place: when each step of an EHC needs assessment, a transfer in
 * and an annual review is due, which exceptions the regulations allow it, what it must follow, and how
 * a step reads on a given day. Everything else (the API's steps, the live lists, the KPIs, the demo)
 * asks this module; the lists' SQL is built from the same constants (`nextReviewDueSql` is checked
 * against `nextReviewDue` in test/api/timeline-sql.test.ts).
 *
 * Dates are 'YYYY-MM-DD' strings, which compare correctly as strings. A deadline is the last day on
 * which the step is on time: 6 weeks from 1 March is 12 April.
 */
import { addDays, addMonths, daysBetween } from '../../core/dates.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { AdviceOccasion, AssessmentDecision, AssessmentKind, AssessmentOutcome, AnnualReviewDecision, StepStatus, TimelineStepKind as Kind, TimescaleException as X } from './enums.js';

/** Days from the event a deadline runs from. */
export const DEADLINE_DAYS = {
  /** From the request (reg. 5(1)). */
  decisionToAssess: 42,
  /** From the request for advice (reg. 8(1)). */
  advice: 42,
  /**
   * From the request: the product's default for the draft, so that the family's 15 days to comment
   * (reg. 13(1)) and the final plan both fit within 20 weeks. Not itself a statutory limit.
   */
  draftPlan: 112,
  /** From the request (reg. 10(1)). */
  decisionNotToIssue: 112,
  /** From the request (reg. 13(2)). */
  finalPlan: 140,
  /** From the transfer (reg. 15(4)). */
  transferNotice: 42,
  /** From the review meeting. */
  reviewDecision: 28,
  /** From the review meeting: the proposed amendments go with, or soon after, the decision to amend. */
  amendmentNotice: 28,
  /** From the review meeting: 8 weeks after an amendment notice sent within 4 weeks. */
  amendedPlan: 84,
} as const;

/** For an annual review, advice is due this many days before the meeting (the product's default: settings ask about 12 weeks ahead). */
export const ADVICE_BEFORE_MEETING_DAYS = 14;

/** Months between annual reviews, and the age below which reviews come twice as often. */
export const REVIEW_MONTHS = 12;
export const UNDER_FIVE_REVIEW_MONTHS = 6;
export const UNDER_FIVE_YEARS = 5;
/** After a transfer in, the first review comes no sooner than this many months after the transfer (reg. 15(5)). */
export const TRANSFER_REVIEW_MONTHS = 3;
/** "Due soon" means within this many days unless a list asks for another window. */
export const DEFAULT_DUE_SOON_DAYS = 14;
export const MAX_DUE_SOON_DAYS = 365;

/** The exceptions to the 20-week limit and to the 16-week decision not to issue: regs. 13(3) and 10(4)(a)–(d). */
const TWENTY_WEEK_EXCEPTIONS = [X.SCHOOL_CLOSURE, X.EARLY_YEARS_CLOSURE, X.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, X.ABSENT_FROM_AREA] as const;

export interface StepRule {
  label: string;
  /** The time limit in words, with where it comes from. */
  rule: string;
  /** The exceptions the regulations allow to this step's time limit. */
  exceptions: readonly X[];
}

export const STEPS: Record<Kind, StepRule> = {
  REQUEST_RECEIVED: { label: 'Request for an EHC needs assessment received', rule: 'Starts the 20-week clock', exceptions: [] },
  DECISION_TO_ASSESS: {
    label: 'Decision whether to assess',
    rule: 'Within 6 weeks of the request (reg. 5(1))',
    exceptions: [X.SCHOOL_CLOSURE, X.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, X.ABSENT_FROM_AREA],
  },
  ADVICE: {
    label: 'Advice',
    rule: 'Within 6 weeks of being asked (reg. 8(1))',
    exceptions: [X.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, X.ABSENT_FROM_AREA, X.MISSED_APPOINTMENT],
  },
  DRAFT_PLAN: {
    label: 'Draft plan sent to the family',
    rule: "By week 16 of the request (the product's default): leaves the family's 15 days to comment (reg. 13(1)) within the 20 weeks",
    exceptions: [],
  },
  DECISION_NOT_TO_ISSUE: { label: 'Decision not to issue a plan', rule: 'Within 16 weeks of the request (reg. 10(1))', exceptions: TWENTY_WEEK_EXCEPTIONS },
  FINAL_PLAN: { label: 'Final plan issued', rule: 'Within 20 weeks of the request (reg. 13(2))', exceptions: TWENTY_WEEK_EXCEPTIONS },
  REQUEST_WITHDRAWN: { label: 'Request withdrawn', rule: 'Ends the assessment', exceptions: [] },
  TRANSFERRED_IN: { label: 'Plan transferred in from another authority', rule: 'Starts the transfer clock (reg. 15)', exceptions: [] },
  TRANSFER_NOTICE: {
    label: 'Family told of the transfer, any new assessment and when the plan will be reviewed',
    rule: 'Within 6 weeks of the transfer (reg. 15(4))',
    exceptions: [],
  },
  REVIEW_MEETING: {
    label: 'Annual review meeting',
    rule: "Within 12 months of the plan or its last review; 6 months for a child under 5 (the product's default); the first after a transfer in by the later of 12 months from the old authority's last review and 3 months from the transfer (reg. 15(5))",
    exceptions: [],
  },
  REVIEW_DECISION: { label: 'Decision after the review: maintain, amend or cease', rule: 'Within 4 weeks of the review meeting', exceptions: [] },
  AMENDMENT_NOTICE: { label: 'Proposed amendments sent to the family', rule: 'Within 4 weeks of the review meeting, with the decision to amend', exceptions: [] },
  AMENDED_PLAN: {
    label: 'Final amended plan issued',
    rule: 'Within 12 weeks of the review meeting: 8 weeks after an amendment notice sent within 4 weeks (Code of Practice 9.194)',
    exceptions: [],
  },
};

/**
 * The check by which the database refuses an exception the regulations do not allow to the step,
 * whatever writes it. Written as PostgreSQL keeps it, so that the ORM's schema diff finds it unchanged.
 */
export const allowedExceptionsSql = (column: string, step: Kind) =>
  `(${column} IS NULL) OR (${column} = ANY (ARRAY[${STEPS[step].exceptions.map((x) => `'${x}'::text`).join(', ')}]))`;

/** One step of a record's timeline: what it is, when it was due, when it was done, and with what. */
export interface Step {
  kind: Kind;
  /** Null for an event that starts or ends a clock rather than meeting one. */
  dueOn: string | null;
  completedOn: string | null;
  outcome?: string | null;
  exception?: X | null;
  reason?: string | null;
  /** The record's field that holds the step's date: who set it is who recorded the step. */
  field: string;
}

/** What an assessment or transfer record holds, as the rules read it. */
export interface AssessmentFacts {
  kind: AssessmentKind;
  receivedOn: string;
  decisionOn?: string | null;
  decision?: AssessmentDecision | null;
  decisionException?: X | null;
  draftOn?: string | null;
  outcome?: AssessmentOutcome | null;
  outcomeOn?: string | null;
  outcomeException?: X | null;
  withdrawnOn?: string | null;
  transferNoticeOn?: string | null;
  previousReviewOn?: string | null;
}

export interface ReviewFacts {
  meetingDate: string;
  decisionDate?: string | null;
  decision?: AnnualReviewDecision | null;
  ceaseReason?: string | null;
  amendmentNoticeOn?: string | null;
  amendedPlanOn?: string | null;
}

const later = (a: string, b: string) => (a > b ? a : b);
/** A fact dated after `asOf` was not yet known that day. */
const known = <T>(date: string | null | undefined, asOf: string, value: T): T | null => (date && date <= asOf ? value : null);

/** The record as it stood on `asOf`: every step dated later is taken out, with its outcome and exception. */
export function assessmentAsOf(a: AssessmentFacts, asOf: string): AssessmentFacts {
  return {
    ...a,
    decisionOn: known(a.decisionOn, asOf, a.decisionOn),
    decision: known(a.decisionOn, asOf, a.decision),
    decisionException: known(a.decisionOn, asOf, a.decisionException),
    draftOn: known(a.draftOn, asOf, a.draftOn),
    outcome: known(a.outcomeOn, asOf, a.outcome),
    outcomeOn: known(a.outcomeOn, asOf, a.outcomeOn),
    outcomeException: known(a.outcomeOn, asOf, a.outcomeException),
    withdrawnOn: known(a.withdrawnOn, asOf, a.withdrawnOn),
    transferNoticeOn: known(a.transferNoticeOn, asOf, a.transferNoticeOn),
  };
}

export function reviewAsOf(r: ReviewFacts, asOf: string): ReviewFacts {
  return {
    ...r,
    decisionDate: known(r.decisionDate, asOf, r.decisionDate),
    decision: known(r.decisionDate, asOf, r.decision),
    ceaseReason: known(r.decisionDate, asOf, r.ceaseReason),
    amendmentNoticeOn: known(r.amendmentNoticeOn, asOf, r.amendmentNoticeOn),
    amendedPlanOn: known(r.amendedPlanOn, asOf, r.amendedPlanOn),
  };
}

/**
 * The steps of a request or a transfer in, in order. A step still to come is listed until a recorded
 * fact rules it out: a refusal ends the request, a decision not to issue replaces the draft and the
 * final plan, a withdrawal ends whatever had not happened. Advice steps are the advice records' own.
 */
export function assessmentSteps(a: AssessmentFacts): Step[] {
  const from = (days: number) => addDays(a.receivedOn, days);
  if (a.kind === AssessmentKind.TRANSFER_IN) {
    return [
      { kind: Kind.TRANSFERRED_IN, dueOn: null, completedOn: a.receivedOn, field: 'receivedOn' },
      { kind: Kind.TRANSFER_NOTICE, dueOn: from(DEADLINE_DAYS.transferNotice), completedOn: a.transferNoticeOn ?? null, field: 'transferNoticeOn' },
    ];
  }
  const steps: Step[] = [
    { kind: Kind.REQUEST_RECEIVED, dueOn: null, completedOn: a.receivedOn, field: 'receivedOn' },
    {
      kind: Kind.DECISION_TO_ASSESS,
      dueOn: from(DEADLINE_DAYS.decisionToAssess),
      completedOn: a.decisionOn ?? null,
      outcome: a.decision ?? null,
      exception: a.decisionException ?? null,
      field: 'decisionOn',
    },
  ];
  const withdrawn = (step: Step) => !a.withdrawnOn || step.completedOn !== null;
  if (a.decision !== AssessmentDecision.REFUSE) {
    if (a.outcome === AssessmentOutcome.NO_PLAN) {
      steps.push({
        kind: Kind.DECISION_NOT_TO_ISSUE,
        dueOn: from(DEADLINE_DAYS.decisionNotToIssue),
        completedOn: a.outcomeOn ?? null,
        exception: a.outcomeException ?? null,
        field: 'outcomeOn',
      });
    } else {
      steps.push(
        { kind: Kind.DRAFT_PLAN, dueOn: from(DEADLINE_DAYS.draftPlan), completedOn: a.draftOn ?? null, field: 'draftOn' },
        {
          kind: Kind.FINAL_PLAN,
          dueOn: from(DEADLINE_DAYS.finalPlan),
          completedOn: a.outcome === AssessmentOutcome.FINAL_PLAN ? (a.outcomeOn ?? null) : null,
          exception: a.outcome === AssessmentOutcome.FINAL_PLAN ? (a.outcomeException ?? null) : null,
          field: 'outcomeOn',
        },
      );
    }
  }
  const open = steps.filter(withdrawn);
  if (a.withdrawnOn) open.push({ kind: Kind.REQUEST_WITHDRAWN, dueOn: null, completedOn: a.withdrawnOn, field: 'withdrawnOn' });
  return open;
}

/** The steps of a review that has met: the meeting (due as `meetingDueOn` says), the decision, and an amendment's two steps. */
export function reviewSteps(r: ReviewFacts, meetingDueOn: string): Step[] {
  const from = (days: number) => addDays(r.meetingDate, days);
  const steps: Step[] = [
    { kind: Kind.REVIEW_MEETING, dueOn: meetingDueOn, completedOn: r.meetingDate, field: 'meetingDate' },
    {
      kind: Kind.REVIEW_DECISION,
      dueOn: from(DEADLINE_DAYS.reviewDecision),
      completedOn: r.decisionDate ?? null,
      outcome: r.decision ?? null,
      reason: r.ceaseReason ?? null,
      field: 'decisionDate',
    },
  ];
  if (r.decision === AnnualReviewDecision.AMEND || r.amendmentNoticeOn) {
    steps.push(
      { kind: Kind.AMENDMENT_NOTICE, dueOn: from(DEADLINE_DAYS.amendmentNotice), completedOn: r.amendmentNoticeOn ?? null, field: 'amendmentNoticeOn' },
      { kind: Kind.AMENDED_PLAN, dueOn: from(DEADLINE_DAYS.amendedPlan), completedOn: r.amendedPlanOn ?? null, field: 'amendedPlanOn' },
    );
  }
  return steps;
}

/** A child is under 5 on a day if their fifth birthday is after it. */
const underFiveOn = (dateOfBirth: string, day: string) => addMonths(dateOfBirth, 12 * UNDER_FIVE_YEARS) > day;

/**
 * When a plan's next annual review meeting is due: 12 months after the plan was issued or last reviewed
 * (6 months if the child was under 5 then). For a plan transferred in and not reviewed here since, the
 * later of 12 months after the old authority's last review (or the plan, if never reviewed) and 3 months
 * after the transfer.
 */
export function nextReviewDue(plan: {
  issueDate: string;
  dateOfBirth: string;
  lastMeeting?: string | null;
  transfer?: { on: string; previousReviewOn?: string | null } | null;
}): string {
  const { issueDate, dateOfBirth, lastMeeting, transfer } = plan;
  if (transfer && (!lastMeeting || lastMeeting < transfer.on)) {
    return later(addMonths(transfer.previousReviewOn ?? issueDate, REVIEW_MONTHS), addMonths(transfer.on, TRANSFER_REVIEW_MONTHS));
  }
  const anchor = lastMeeting ?? issueDate;
  return addMonths(anchor, underFiveOn(dateOfBirth, anchor) ? UNDER_FIVE_REVIEW_MONTHS : REVIEW_MONTHS);
}

/**
 * `nextReviewDue` in SQL, over the columns (or expressions) the caller names. PostgreSQL's month
 * arithmetic clamps to the month's end as `addMonths` does (31 August + 6 months = 28/29 February).
 */
export function nextReviewDueSql(c: { issueDate: string; dateOfBirth: string; lastMeeting: string; transferOn: string; previousReviewOn: string }): string {
  const anchor = `coalesce(${c.lastMeeting}, ${c.issueDate})`;
  return `(case when ${c.transferOn} is not null and (${c.lastMeeting} is null or ${c.lastMeeting} < ${c.transferOn})
    then greatest((coalesce(${c.previousReviewOn}, ${c.issueDate}) + interval '${REVIEW_MONTHS} months')::date, (${c.transferOn} + interval '${TRANSFER_REVIEW_MONTHS} months')::date)
    else (${anchor} + case when (${c.dateOfBirth} + interval '${UNDER_FIVE_YEARS} years')::date > ${anchor}
                           then interval '${UNDER_FIVE_REVIEW_MONTHS} months' else interval '${REVIEW_MONTHS} months' end)::date end)`;
}

/**
 * How each step stood on `asOf`, for steps already cut to what was known that day. A step not done
 * when a later one was is NOT_RECORDED rather than overdue: the case moved past it.
 */
export function statuses(steps: readonly Step[], asOf: string, withinDays = DEFAULT_DUE_SOON_DAYS): StepStatus[] {
  const soon = addDays(asOf, withinDays);
  return steps.map((step, i) => {
    if (step.completedOn !== null) {
      if (step.dueOn === null) return StepStatus.RECORDED;
      return step.completedOn <= step.dueOn ? StepStatus.ON_TIME : StepStatus.LATE;
    }
    if (steps.slice(i + 1).some((s) => s.completedOn !== null)) return StepStatus.NOT_RECORDED;
    if (step.dueOn === null) return StepStatus.NOT_RECORDED;
    if (step.dueOn < asOf) return StepStatus.OVERDUE;
    return step.dueOn <= soon ? StepStatus.DUE_SOON : StepStatus.NOT_YET_DUE;
  });
}

/** Days past the due date: when it was done, or on `asOf` if it is still not done. Null when on time or not yet due. */
export function daysLate(step: Step, asOf: string): number | null {
  if (step.dueOn === null) return null;
  const end = step.completedOn ?? asOf;
  const days = daysBetween(step.dueOn, end);
  return days > 0 ? days : null;
}

const describeExceptions = (kind: Kind) => {
  const allowed = STEPS[kind].exceptions;
  return allowed.length ? `allowed: ${allowed.join(', ')}` : 'this step has no statutory exceptions';
};

/** An exception, if given, must be one the regulations allow to that step's time limit. */
export function checkException(kind: Kind, field: string, exception: X | null | undefined, errors: FieldErrors): FieldErrors {
  if (!exception || STEPS[kind].exceptions.includes(exception)) return errors;
  const why =
    exception === X.MISSED_APPOINTMENT && (kind === Kind.FINAL_PLAN || kind === Kind.DECISION_NOT_TO_ISSUE)
      ? 'a missed appointment excuses late advice (reg. 8(2)(c)), not the 16- and 20-week limits (regs. 10(4), 13(3))'
      : `${exception} does not apply to "${STEPS[kind].label}"`;
  return errors.add(field, 'exceptionNotAllowed', `${why}; ${describeExceptions(kind)}`);
}

/** A date, if given, must not be in the future nor before the step it follows. */
function checkDate(errors: FieldErrors, today: string, field: string, date: string | null | undefined, follows: { field: string; date: string | null | undefined; label: string }[]): void {
  if (!date) return;
  errors.check(date <= today, field, 'notInFuture', 'must not be in the future');
  for (const before of follows) {
    if (before.date) errors.check(date >= before.date, field, `notBefore${before.field[0]!.toUpperCase()}${before.field.slice(1)}`, `must not be before ${before.label} (${before.date})`);
  }
}

/** A step's date and its outcome go together: neither without the other. */
function checkPair(errors: FieldErrors, date: { field: string; value: unknown }, outcome: { field: string; value: unknown }, what: string): void {
  errors
    .check(!outcome.value || Boolean(date.value), date.field, 'requiredWithOutcome', `give the date of the ${what}`)
    .check(!date.value || Boolean(outcome.value), outcome.field, 'requiredWithDate', `say what the ${what} was`);
}

/**
 * The rules every saved assessment or transfer record keeps, checked on the record as it would be saved.
 * Field names are the API's argument names.
 */
export function checkAssessment(a: AssessmentFacts & { hasPlan: boolean }, context: { today: string; dateOfBirth: string }, errors = new FieldErrors()): FieldErrors {
  const { today, dateOfBirth } = context;
  errors.check(a.receivedOn <= today, 'receivedOn', 'notInFuture', 'must not be in the future');
  errors.check(a.receivedOn >= dateOfBirth, 'receivedOn', 'notBeforeDateOfBirth', "must not be before the child's date of birth");
  const received = { field: 'receivedOn', date: a.receivedOn, label: a.kind === AssessmentKind.TRANSFER_IN ? 'the transfer' : 'the request' };

  if (a.kind === AssessmentKind.TRANSFER_IN) {
    for (const field of ['decisionOn', 'decision', 'draftOn', 'outcome', 'outcomeOn', 'withdrawnOn'] as const) {
      errors.check(!a[field], field, 'notForTransfer', 'a transfer in has no assessment steps; record a new request if the authority reassesses');
    }
    errors.check(a.hasPlan, 'planId', 'required', 'name the plan that was transferred in');
    checkDate(errors, today, 'transferNoticeOn', a.transferNoticeOn, [received]);
    errors.check(!a.previousReviewOn || a.previousReviewOn <= a.receivedOn, 'previousReviewOn', 'notAfterTransfer', 'the old authority reviewed the plan before the transfer');
    return errors;
  }
  for (const field of ['transferNoticeOn', 'previousReviewOn'] as const) {
    errors.check(!a[field], field, 'onlyForTransfer', 'is only recorded for a plan transferred in');
  }

  checkPair(errors, { field: 'decisionOn', value: a.decisionOn }, { field: 'decision', value: a.decision }, 'decision whether to assess');
  checkDate(errors, today, 'decisionOn', a.decisionOn, [received]);
  errors.check(!a.decisionException || Boolean(a.decisionOn), 'decisionException', 'requiresStep', 'record the decision the exception applies to');
  checkException(Kind.DECISION_TO_ASSESS, 'decisionException', a.decisionException, errors);

  const assessing = a.decision === AssessmentDecision.ASSESS;
  const decision = { field: 'decisionOn', date: a.decisionOn, label: 'the decision to assess' };
  const needsAssessing = (field: string, value: unknown, what: string) => {
    if (!value) return;
    if (a.decision === AssessmentDecision.REFUSE) errors.add(field, 'refused', `the request was refused: there is no ${what}`);
    else errors.check(assessing, field, 'requiresDecisionToAssess', `record the decision to assess before the ${what}`);
  };
  needsAssessing('draftOn', a.draftOn, 'draft plan');
  checkDate(errors, today, 'draftOn', a.draftOn, [received, decision]);

  checkPair(errors, { field: 'outcomeOn', value: a.outcomeOn }, { field: 'outcome', value: a.outcome }, 'outcome of the assessment');
  needsAssessing('outcome', a.outcome, 'outcome of an assessment');
  const draft = { field: 'draftOn', date: a.outcome === AssessmentOutcome.FINAL_PLAN ? a.draftOn : null, label: 'the draft plan' };
  checkDate(errors, today, 'outcomeOn', a.outcomeOn, [received, decision, draft]);
  errors.check(a.outcome !== AssessmentOutcome.FINAL_PLAN || a.hasPlan, 'planId', 'requiredForFinalPlan', 'name the plan that was issued');
  errors.check(!a.outcomeException || Boolean(a.outcome), 'outcomeException', 'requiresStep', 'record the outcome the exception applies to');
  checkException(a.outcome === AssessmentOutcome.NO_PLAN ? Kind.DECISION_NOT_TO_ISSUE : Kind.FINAL_PLAN, 'outcomeException', a.outcomeException, errors);

  if (a.withdrawnOn) {
    checkDate(errors, today, 'withdrawnOn', a.withdrawnOn, [received]);
    errors.check(!a.outcome, 'withdrawnOn', 'notAfterOutcome', 'an assessment that has its outcome cannot be withdrawn');
    for (const [field, date] of [['decisionOn', a.decisionOn], ['draftOn', a.draftOn]] as const) {
      errors.check(!date || date <= a.withdrawnOn, field, 'notAfterWithdrawal', `must not be after the request was withdrawn (${a.withdrawnOn})`);
    }
  }
  return errors;
}

/** The rules every saved annual review keeps, checked on the review as it would be saved. */
export function checkAnnualReview(r: ReviewFacts, context: { today: string; planIssuedOn: string | null }, errors = new FieldErrors()): FieldErrors {
  const { today, planIssuedOn } = context;
  const meeting = { field: 'meetingDate', date: r.meetingDate, label: 'the review meeting' };
  errors.check(r.meetingDate <= today, 'meetingDate', 'notInFuture', 'must not be in the future');
  errors
    .check(planIssuedOn !== null, 'planId', 'requiresIssuedPlan', 'only an issued plan is reviewed')
    .check(!planIssuedOn || r.meetingDate >= planIssuedOn, 'meetingDate', 'notBeforeIssueDate', `an annual review follows the plan's issue (${planIssuedOn})`);

  // A decision's date without what was decided is allowed: older and imported reviews often hold only the date.
  errors.check(!r.decision || Boolean(r.decisionDate), 'decisionDate', 'requiredWithOutcome', 'give the date of the decision after the review');
  checkDate(errors, today, 'decisionDate', r.decisionDate, [meeting]);
  errors
    .check(r.decision !== AnnualReviewDecision.CEASE || Boolean(r.ceaseReason?.trim()), 'ceaseReason', 'reasonRequired', 'say why the plan is to cease')
    .check(r.decision === AnnualReviewDecision.CEASE || !r.ceaseReason, 'ceaseReason', 'onlyWhenCeasing', 'a reason is only given when the plan is to cease');

  if (r.amendmentNoticeOn) {
    errors.check(r.decision === AnnualReviewDecision.AMEND, 'amendmentNoticeOn', 'requiresAmendDecision', 'record the decision to amend before the amendment notice');
    checkDate(errors, today, 'amendmentNoticeOn', r.amendmentNoticeOn, [meeting, { field: 'decisionDate', date: r.decisionDate, label: 'the decision' }]);
  }
  if (r.amendedPlanOn) {
    errors.check(Boolean(r.amendmentNoticeOn), 'amendedPlanOn', 'requiresAmendmentNotice', 'record the amendment notice before the final amended plan');
    checkDate(errors, today, 'amendedPlanOn', r.amendedPlanOn, [meeting, { field: 'amendmentNoticeOn', date: r.amendmentNoticeOn, label: 'the amendment notice' }]);
  }
  return errors;
}

/** What an advice request holds, as the rules read it. */
export interface AdviceFacts {
  occasion: AdviceOccasion;
  requestedOn: string;
  dueOn: string;
  receivedOn?: string | null;
  exception?: X | null;
  noAdvice: boolean;
  noAdviceReason?: string | null;
  reviewGrade?: number | null;
}

/** When advice is due: 6 weeks after it was asked for (reg. 8(1)); for an annual review, two weeks before the meeting. */
export function adviceDueOn(requestedOn: string, meetingDate?: string | null): string {
  return meetingDate ? addDays(meetingDate, -ADVICE_BEFORE_MEETING_DAYS) : addDays(requestedOn, DEADLINE_DAYS.advice);
}

/** An advice request as one step of the timeline: its own due date, the reply as its completion. */
export function adviceStep(a: AdviceFacts): Step {
  return { kind: Kind.ADVICE, dueOn: a.dueOn, completedOn: a.receivedOn ?? null, exception: a.exception ?? null, field: 'receivedOn' };
}

/** Received by its due date; null while it may still arrive on time. */
export function adviceOnTime(a: Pick<AdviceFacts, 'dueOn' | 'receivedOn'>, on: string): boolean | null {
  if (a.receivedOn) return a.receivedOn <= a.dueOn;
  return a.dueOn < on ? false : null;
}

/** The rules every saved advice request keeps, checked on the record as it would be saved. */
export function checkAdvice(a: AdviceFacts, today: string, errors = new FieldErrors()): FieldErrors {
  const received = a.receivedOn ?? null;
  errors
    .check(a.requestedOn <= today, 'requestedOn', 'notInFuture', 'must not be in the future')
    .check(a.dueOn >= a.requestedOn, 'dueOn', 'notBeforeRequestedOn', 'advice cannot be due before it was asked for')
    .check(received === null || received >= a.requestedOn, 'receivedOn', 'notBeforeRequestedOn', 'advice cannot arrive before it was asked for')
    .check(received === null || received <= today, 'receivedOn', 'notInFuture', 'advice cannot have arrived in the future')
    .check(!a.noAdvice || Boolean(a.noAdviceReason?.trim()), 'noAdviceReason', 'reasonRequired', 'say why the service gave no advice')
    .check(!a.noAdvice || received !== null, 'receivedOn', 'requiredWithNoAdvice', 'give the date the service replied that it had no advice')
    .check(a.noAdvice || !a.noAdviceReason, 'noAdviceReason', 'onlyWithNoAdvice', 'a reason is only given when the service has no advice')
    .check(a.reviewGrade === null || a.reviewGrade === undefined || (received !== null && !a.noAdvice), 'receivedOn', 'reviewed', 'advice that has been reviewed stays received');
  // The regulations' exceptions are to the 6-week duty of an assessment's advice (reg. 8(2)); advice for a review has no statutory limit to excuse.
  errors.check(!a.exception || a.occasion === AdviceOccasion.ASSESSMENT, 'exception', 'onlyForAssessment', "an exception applies only to an assessment's 6-week advice duty (reg. 8(2))");
  return checkException(Kind.ADVICE, 'exception', a.exception, errors);
}
