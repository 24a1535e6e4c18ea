import { describe, expect, it } from 'vitest';
import { FieldErrors, UserInputError } from '../../api/src/core/graphql/errors.js';
import {
  AnnualReviewDecision,
  AssessmentDecision,
  AssessmentKind,
  AssessmentOutcome,
  StepStatus,
  TimelineStepKind as Kind,
  TimescaleException as X,
} from '../../api/src/features/statutory-timeline/enums.js';
import {
  assessmentAsOf,
  assessmentSteps,
  checkAnnualReview,
  checkAssessment,
  daysLate,
  nextReviewDue,
  reviewSteps,
  statuses,
  STEPS,
  type AssessmentFacts,
} from '../../api/src/features/statutory-timeline/rules.js';

/** The broken rules, as the API would answer them. */
function broken(errors: FieldErrors): { field: string; rule: string }[] {
  try {
    errors.throwIfAny();
    return [];
  } catch (error) {
    return (error as UserInputError).fields.map(({ field, rule }) => ({ field, rule }));
  }
}

const request = (facts: Partial<AssessmentFacts> = {}): AssessmentFacts => ({ kind: AssessmentKind.REQUEST, receivedOn: '2026-01-05', ...facts });
const CONTEXT = { today: '2026-11-30', dateOfBirth: '2016-05-01' };

describe('the deadlines of an EHC needs assessment', () => {
  it('counts 6, 16 and 20 weeks from the day the request was received, the deadline being the last day on time', () => {
    const steps = assessmentSteps(request());
    expect(steps.map((s) => [s.kind, s.dueOn])).toEqual([
      [Kind.REQUEST_RECEIVED, null],
      // 5 January + 42 days.
      [Kind.DECISION_TO_ASSESS, '2026-02-16'],
      [Kind.DRAFT_PLAN, '2026-04-27'],
      [Kind.FINAL_PLAN, '2026-05-25'],
    ]);
  });

  it('ends at a refusal, replaces the draft and final plan by a decision not to issue, and drops what a withdrawal stopped', () => {
    expect(assessmentSteps(request({ decision: AssessmentDecision.REFUSE, decisionOn: '2026-02-10' })).map((s) => s.kind)).toEqual([Kind.REQUEST_RECEIVED, Kind.DECISION_TO_ASSESS]);
    const noPlan = assessmentSteps(request({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-10', outcome: AssessmentOutcome.NO_PLAN, outcomeOn: '2026-04-20' }));
    expect(noPlan.map((s) => [s.kind, s.dueOn, s.completedOn])).toEqual([
      [Kind.REQUEST_RECEIVED, null, '2026-01-05'],
      [Kind.DECISION_TO_ASSESS, '2026-02-16', '2026-02-10'],
      [Kind.DECISION_NOT_TO_ISSUE, '2026-04-27', '2026-04-20'],
    ]);
    const withdrawn = assessmentSteps(request({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-10', withdrawnOn: '2026-03-01' }));
    expect(withdrawn.map((s) => s.kind)).toEqual([Kind.REQUEST_RECEIVED, Kind.DECISION_TO_ASSESS, Kind.REQUEST_WITHDRAWN]);
  });

  it('reads each step on a day: on time, late, due soon (today included), overdue, not yet due, and not recorded when a later step was', () => {
    const facts = request({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-20', outcome: AssessmentOutcome.FINAL_PLAN, outcomeOn: '2026-05-25' });
    expect(statuses(assessmentSteps(facts), '2026-06-01')).toEqual([StepStatus.RECORDED, StepStatus.LATE, StepStatus.NOT_RECORDED, StepStatus.ON_TIME]);
    // Nothing after the request known yet on each of these days.
    const open = (asOf: string) => statuses(assessmentSteps(assessmentAsOf(facts, asOf)), asOf, 14)[1];
    expect(open('2026-01-31')).toBe(StepStatus.NOT_YET_DUE);
    expect(open('2026-02-02')).toBe(StepStatus.DUE_SOON);
    expect(open('2026-02-16')).toBe(StepStatus.DUE_SOON);
    expect(open('2026-02-17')).toBe(StepStatus.OVERDUE);
    expect(daysLate(assessmentSteps(facts)[1]!, '2026-06-01')).toBe(4);
  });

  it('as of a day, forgets every step dated later, with its outcome and exception', () => {
    const facts = request({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-20', decisionException: X.ABSENT_FROM_AREA, outcome: AssessmentOutcome.FINAL_PLAN, outcomeOn: '2026-05-25' });
    expect(assessmentAsOf(facts, '2026-02-19')).toMatchObject({ decision: null, decisionOn: null, decisionException: null, outcome: null, outcomeOn: null });
    expect(assessmentAsOf(facts, '2026-02-20')).toMatchObject({ decision: AssessmentDecision.ASSESS, decisionException: X.ABSENT_FROM_AREA, outcome: null });
  });

  it('gives a transfer in its 6-week notice', () => {
    expect(assessmentSteps({ kind: AssessmentKind.TRANSFER_IN, receivedOn: '2026-03-02' }).map((s) => [s.kind, s.dueOn])).toEqual([
      [Kind.TRANSFERRED_IN, null],
      [Kind.TRANSFER_NOTICE, '2026-04-13'],
    ]);
  });
});

describe('the exceptions each step allows', () => {
  it('allows the 20-week limit only the four exceptions of regulation 10(4): a missed appointment is not one', () => {
    expect([...STEPS.FINAL_PLAN.exceptions].sort()).toEqual(['ABSENT_FROM_AREA', 'EARLY_YEARS_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'SCHOOL_CLOSURE']);
    expect(STEPS.DECISION_NOT_TO_ISSUE.exceptions).toEqual(STEPS.FINAL_PLAN.exceptions);
    const facts = { ...request({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-10', outcome: AssessmentOutcome.FINAL_PLAN, outcomeOn: '2026-06-30' }), hasPlan: true };
    expect(broken(checkAssessment({ ...facts, outcomeException: X.MISSED_APPOINTMENT }, CONTEXT))).toEqual([{ field: 'outcomeException', rule: 'exceptionNotAllowed' }]);
    expect(broken(checkAssessment({ ...facts, outcomeException: X.EARLY_YEARS_CLOSURE }, CONTEXT))).toEqual([]);
  });

  it('allows a missed appointment against the 6-week advice duty, with exceptional circumstances and absence (regulation 8(2))', () => {
    expect([...STEPS.ADVICE.exceptions].sort()).toEqual(['ABSENT_FROM_AREA', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'MISSED_APPOINTMENT']);
  });

  it('allows the decision whether to assess the exceptions of regulation 5(4), and the draft none', () => {
    expect([...STEPS.DECISION_TO_ASSESS.exceptions].sort()).toEqual(['ABSENT_FROM_AREA', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'SCHOOL_CLOSURE']);
    expect(broken(checkAssessment({ ...request({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-03-10', decisionException: X.EARLY_YEARS_CLOSURE }), hasPlan: false }, CONTEXT))).toEqual([
      { field: 'decisionException', rule: 'exceptionNotAllowed' },
    ]);
    expect(STEPS.DRAFT_PLAN.exceptions).toEqual([]);
  });
});

describe('the order of an assessment', () => {
  const check = (facts: Partial<AssessmentFacts> & { hasPlan?: boolean }) => broken(checkAssessment({ ...request(facts), hasPlan: facts.hasPlan ?? false }, CONTEXT));

  it('refuses a step dated before the one it follows, or in the future', () => {
    expect(check({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-01-04' })).toEqual([{ field: 'decisionOn', rule: 'notBeforeReceivedOn' }]);
    expect(check({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-10', draftOn: '2026-02-09' })).toEqual([{ field: 'draftOn', rule: 'notBeforeDecisionOn' }]);
    expect(check({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-10', draftOn: '2026-04-01', outcome: AssessmentOutcome.FINAL_PLAN, outcomeOn: '2026-03-31', hasPlan: true })).toEqual([
      { field: 'outcomeOn', rule: 'notBeforeDraftOn' },
    ]);
    expect(check({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-12-01' })).toEqual([{ field: 'decisionOn', rule: 'notInFuture' }]);
    expect(check({ receivedOn: '2016-04-30' })).toEqual([{ field: 'receivedOn', rule: 'notBeforeDateOfBirth' }]);
  });

  it('refuses a decision without its step, an outcome without its date, and a final plan without the plan', () => {
    expect(check({ outcome: AssessmentOutcome.FINAL_PLAN, outcomeOn: '2026-05-01', hasPlan: true })).toEqual([{ field: 'outcome', rule: 'requiresDecisionToAssess' }]);
    expect(check({ decision: AssessmentDecision.ASSESS })).toEqual([{ field: 'decisionOn', rule: 'requiredWithOutcome' }]);
    expect(check({ decision: AssessmentDecision.ASSESS, decisionOn: '2026-02-10', outcome: AssessmentOutcome.FINAL_PLAN, outcomeOn: '2026-05-01' })).toEqual([{ field: 'planId', rule: 'requiredForFinalPlan' }]);
    expect(check({ decision: AssessmentDecision.REFUSE, decisionOn: '2026-02-10', draftOn: '2026-03-01' })).toEqual([{ field: 'draftOn', rule: 'refused' }]);
    expect(check({ decisionOn: '2026-02-10', decision: AssessmentDecision.ASSESS, outcomeException: X.ABSENT_FROM_AREA })).toEqual([{ field: 'outcomeException', rule: 'requiresStep' }]);
  });

  it('keeps transfers and requests apart', () => {
    expect(broken(checkAssessment({ kind: AssessmentKind.TRANSFER_IN, receivedOn: '2026-03-02', decisionOn: '2026-03-05', decision: AssessmentDecision.ASSESS, hasPlan: true }, CONTEXT))).toEqual([
      { field: 'decisionOn', rule: 'notForTransfer' },
      { field: 'decision', rule: 'notForTransfer' },
    ]);
    expect(broken(checkAssessment({ kind: AssessmentKind.TRANSFER_IN, receivedOn: '2026-03-02', hasPlan: false }, CONTEXT))).toEqual([{ field: 'planId', rule: 'required' }]);
    expect(check({ transferNoticeOn: '2026-02-01' })).toEqual([{ field: 'transferNoticeOn', rule: 'onlyForTransfer' }]);
  });
});

describe('annual reviews', () => {
  it('falls due 12 months after the plan or its last review, 6 months for a child under 5 then', () => {
    expect(nextReviewDue({ issueDate: '2025-03-31', dateOfBirth: '2015-01-01' })).toBe('2026-03-31');
    expect(nextReviewDue({ issueDate: '2025-03-31', dateOfBirth: '2015-01-01', lastMeeting: '2026-02-14' })).toBe('2027-02-14');
    // Under 5 on 31 August 2025 (fifth birthday in 2026): six months, to the end of February.
    expect(nextReviewDue({ issueDate: '2025-08-31', dateOfBirth: '2021-01-10' })).toBe('2026-02-28');
    // Five on the day: twelve months.
    expect(nextReviewDue({ issueDate: '2026-01-10', dateOfBirth: '2021-01-10' })).toBe('2027-01-10');
  });

  it('after a transfer in, is due by the later of 12 months from the old review and 3 months from the transfer, then yearly again', () => {
    const transfer = { on: '2026-06-15', previousReviewOn: '2025-11-01' };
    expect(nextReviewDue({ issueDate: '2023-02-01', dateOfBirth: '2014-01-01', lastMeeting: '2025-11-01', transfer })).toBe('2026-11-01');
    expect(nextReviewDue({ issueDate: '2023-02-01', dateOfBirth: '2014-01-01', transfer: { on: '2026-06-15', previousReviewOn: '2025-08-01' } })).toBe('2026-09-15');
    expect(nextReviewDue({ issueDate: '2023-02-01', dateOfBirth: '2014-01-01', lastMeeting: '2026-09-01', transfer })).toBe('2027-09-01');
  });

  it('gives the decision 4 weeks and an amendment 12 weeks from the meeting', () => {
    const steps = reviewSteps({ meetingDate: '2026-03-02', decisionDate: '2026-03-20', decision: AnnualReviewDecision.AMEND, amendmentNoticeOn: '2026-03-20' }, '2026-03-10');
    expect(steps.map((s) => [s.kind, s.dueOn, s.completedOn])).toEqual([
      [Kind.REVIEW_MEETING, '2026-03-10', '2026-03-02'],
      [Kind.REVIEW_DECISION, '2026-03-30', '2026-03-20'],
      [Kind.AMENDMENT_NOTICE, '2026-03-30', '2026-03-20'],
      [Kind.AMENDED_PLAN, '2026-05-25', null],
    ]);
    expect(reviewSteps({ meetingDate: '2026-03-02', decisionDate: '2026-03-20', decision: AnnualReviewDecision.MAINTAIN }, '2026-03-10')).toHaveLength(2);
  });

  it('refuses an amendment without its decision, a ceasing without its reason, a review before the plan, and dates out of order', () => {
    const context = { today: '2026-11-30', planIssuedOn: '2025-01-10' };
    const check = (review: Parameters<typeof checkAnnualReview>[0]) => broken(checkAnnualReview(review, context));
    expect(check({ meetingDate: '2026-03-02', amendmentNoticeOn: '2026-03-20' })).toEqual([{ field: 'amendmentNoticeOn', rule: 'requiresAmendDecision' }]);
    expect(check({ meetingDate: '2026-03-02', decision: AnnualReviewDecision.AMEND, decisionDate: '2026-03-20', amendedPlanOn: '2026-05-01' })).toEqual([
      { field: 'amendedPlanOn', rule: 'requiresAmendmentNotice' },
    ]);
    expect(check({ meetingDate: '2026-03-02', decision: AnnualReviewDecision.CEASE, decisionDate: '2026-03-20' })).toEqual([{ field: 'ceaseReason', rule: 'reasonRequired' }]);
    expect(check({ meetingDate: '2024-12-01' })).toEqual([{ field: 'meetingDate', rule: 'notBeforeIssueDate' }]);
    expect(check({ meetingDate: '2026-03-02', decision: AnnualReviewDecision.MAINTAIN, decisionDate: '2026-03-01' })).toEqual([{ field: 'decisionDate', rule: 'notBeforeMeetingDate' }]);
    expect(check({ meetingDate: '2026-03-02', decision: AnnualReviewDecision.MAINTAIN })).toEqual([{ field: 'decisionDate', rule: 'requiredWithOutcome' }]);
    expect(check({ meetingDate: '2026-12-02' })).toEqual([{ field: 'meetingDate', rule: 'notInFuture' }]);
    expect(check({ meetingDate: '2026-03-02', decisionDate: '2026-03-20' })).toEqual([]);
  });
});
