import { registerEnumType } from 'type-graphql';

/**
 * Why a statutory time limit did not apply to a step. Which of these a step may have depends on the
 * step (rules.ts, `STEPS[...].exceptions`): the regulations list them separately for each time limit.
 */
export enum TimescaleException {
  SCHOOL_CLOSURE = 'SCHOOL_CLOSURE',
  EARLY_YEARS_CLOSURE = 'EARLY_YEARS_CLOSURE',
  EXCEPTIONAL_PERSONAL_CIRCUMSTANCES = 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES',
  ABSENT_FROM_AREA = 'ABSENT_FROM_AREA',
  MISSED_APPOINTMENT = 'MISSED_APPOINTMENT',
}
registerEnumType(TimescaleException, {
  name: 'TimescaleException',
  description:
    'Why a statutory time limit did not apply to a step (SEND Regulations 2014). Which apply depends on the step: see TimelineStep.allowedExceptions. National statistics report timeliness with and without them',
  valuesConfig: {
    SCHOOL_CLOSURE: {
      description: 'Advice was asked of a school or post-16 institution from a week before it closed for four weeks or more until a week before it reopened (regs. 5(4)(a), 10(4)(a))',
    },
    EARLY_YEARS_CLOSURE: {
      description: 'Advice was asked of an early-years provider from a week before it closed for four weeks or more until a week before it reopened (reg. 10(4)(b))',
    },
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES: { description: 'Exceptional personal circumstances affecting the child, their parent or the young person (regs. 5(4), 8(2)(a), 10(4)(c))' },
    ABSENT_FROM_AREA: { description: 'The child, their parent or the young person was away from the area for a continuous four weeks or more (regs. 5(4), 8(2)(b), 10(4)(d))' },
    MISSED_APPOINTMENT: {
      description: 'The child or young person did not keep an appointment for an examination or test made by the body asked for advice (reg. 8(2)(c)): an exception to the 6-week advice duty only, never to the 20-week limit',
    },
  },
});

export enum AssessmentKind {
  REQUEST = 'REQUEST',
  TRANSFER_IN = 'TRANSFER_IN',
}
registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  valuesConfig: {
    REQUEST: { description: 'A request for an EHC needs assessment: the 20-week clock' },
    TRANSFER_IN: { description: 'A plan transferred from another authority when the child moved into the area (reg. 15)' },
  },
});

export enum AssessmentDecision {
  ASSESS = 'ASSESS',
  REFUSE = 'REFUSE',
}
registerEnumType(AssessmentDecision, {
  name: 'AssessmentDecision',
  description: 'The decision whether to carry out an EHC needs assessment',
  valuesConfig: {
    ASSESS: { description: 'Agreed to assess' },
    REFUSE: { description: 'Refused to assess (the family may appeal); the request ends here' },
  },
});

export enum AssessmentOutcome {
  FINAL_PLAN = 'FINAL_PLAN',
  NO_PLAN = 'NO_PLAN',
}
registerEnumType(AssessmentOutcome, {
  name: 'AssessmentOutcome',
  valuesConfig: {
    FINAL_PLAN: { description: 'A final EHC plan was issued (due within 20 weeks of the request)' },
    NO_PLAN: { description: 'The authority decided not to issue a plan (due within 16 weeks of the request)' },
  },
});

export enum AnnualReviewDecision {
  MAINTAIN = 'MAINTAIN',
  AMEND = 'AMEND',
  CEASE = 'CEASE',
}
registerEnumType(AnnualReviewDecision, {
  name: 'AnnualReviewDecision',
  description: "The authority's decision after an annual review meeting (due within 4 weeks of it)",
  valuesConfig: {
    MAINTAIN: { description: 'Keep the plan as it is' },
    AMEND: { description: 'Amend the plan: an amendment notice, then the final amended plan' },
    CEASE: { description: 'Cease to maintain the plan (with the reason)' },
  },
});

export enum TimelineStepKind {
  REQUEST_RECEIVED = 'REQUEST_RECEIVED',
  DECISION_TO_ASSESS = 'DECISION_TO_ASSESS',
  ADVICE = 'ADVICE',
  DRAFT_PLAN = 'DRAFT_PLAN',
  DECISION_NOT_TO_ISSUE = 'DECISION_NOT_TO_ISSUE',
  FINAL_PLAN = 'FINAL_PLAN',
  REQUEST_WITHDRAWN = 'REQUEST_WITHDRAWN',
  TRANSFERRED_IN = 'TRANSFERRED_IN',
  TRANSFER_NOTICE = 'TRANSFER_NOTICE',
  REVIEW_MEETING = 'REVIEW_MEETING',
  REVIEW_DECISION = 'REVIEW_DECISION',
  AMENDMENT_NOTICE = 'AMENDMENT_NOTICE',
  AMENDED_PLAN = 'AMENDED_PLAN',
}
registerEnumType(TimelineStepKind, { name: 'TimelineStepKind', description: 'A step of an EHC needs assessment, a transfer in or an annual review' });

export enum StepStatus {
  RECORDED = 'RECORDED',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  NOT_YET_DUE = 'NOT_YET_DUE',
  NOT_RECORDED = 'NOT_RECORDED',
}
registerEnumType(StepStatus, {
  name: 'StepStatus',
  description: 'A step as things stood on a day (asOf): facts dated later are not yet known',
  valuesConfig: {
    RECORDED: { description: 'Done; the step has no deadline of its own (the request arrived, the plan transferred in)' },
    ON_TIME: { description: 'Done by its due date' },
    LATE: { description: 'Done after its due date (see its exception, if any)' },
    DUE_SOON: { description: 'Not done; due within the next N days (today included)' },
    OVERDUE: { description: 'Not done, and its due date has passed' },
    NOT_YET_DUE: { description: 'Not done; due later than the next N days' },
    NOT_RECORDED: { description: 'Never recorded, though a later step was: the case moved past it (imported or older records)' },
  },
});

export enum AdviceOccasion {
  ASSESSMENT = 'ASSESSMENT',
  ANNUAL_REVIEW = 'ANNUAL_REVIEW',
}
registerEnumType(AdviceOccasion, {
  name: 'AdviceOccasion',
  valuesConfig: {
    ASSESSMENT: { description: 'Asked for during the EHC needs assessment: due within 6 weeks of the request for it (reg. 8)' },
    ANNUAL_REVIEW: { description: 'Asked for ahead of an annual review: due 2 weeks before the meeting (the product default)' },
  },
});
