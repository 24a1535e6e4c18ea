import { generate } from '@send-qa/seeds';
import { describe, expect, it } from 'vitest';
import { FieldErrors, UserInputError } from '../../api/src/core/graphql/errors.js';
import { STEPS, checkAnnualReview, checkAssessment, type AssessmentFacts, type ReviewFacts } from '../../api/src/features/statutory-timeline/rules.js';
import { daysFrom, plusDays } from '../helpers/timeline.js';

const AS_OF = '2026-09-01';
const data = generate({ seed: 7, scale: 'test', asOf: AS_OF });

function broken(errors: FieldErrors): string[] {
  try {
    errors.throwIfAny();
    return [];
  } catch (error) {
    return (error as UserInputError).fields.map(({ field, rule }) => `${field}:${rule}`);
  }
}

describe('the generated statutory timeline', () => {
  it('is the same for the same seed', () => {
    const again = generate({ seed: 7, scale: 'test', asOf: AS_OF });
    expect(again.assessmentRequests).toEqual(data.assessmentRequests);
    expect(again.annualReviews).toEqual(data.annualReviews);
  });

  it('keeps every rule the API enforces on every record', () => {
    const children = new Map(data.children.map((c) => [c.id, c]));
    const plans = new Map(data.plans.map((p) => [p.id, p]));
    const refused = data.assessmentRequests.flatMap((r) =>
      broken(checkAssessment({ ...(r as AssessmentFacts), hasPlan: r.planId !== null }, { today: AS_OF, dateOfBirth: children.get(r.childId)!.dateOfBirth })).map((e) => `${r.id} ${e}`),
    );
    const reviews = data.annualReviews.flatMap((r) => broken(checkAnnualReview(r as ReviewFacts, { today: AS_OF, planIssuedOn: plans.get(r.planId)!.issueDate })).map((e) => `${r.id} ${e}`));
    expect([...refused, ...reviews]).toEqual([]);
  });

  it("agrees with the plans: an assessment's request and final plan are the plan's own dates, and its last review the plan's", () => {
    for (const plan of data.plans) {
      const own = data.assessmentRequests.filter((r) => r.planId === plan.id);
      expect(own).toHaveLength(1);
      if (own[0]!.kind === 'REQUEST') expect([own[0]!.receivedOn, own[0]!.outcomeOn]).toEqual([plan.requestDate, plan.issueDate]);
      const meetings = data.annualReviews.filter((r) => r.planId === plan.id).map((r) => r.meetingDate);
      expect(meetings.at(-1) ?? null).toBe(plan.lastAnnualReviewDate);
    }
  });

  it('draws exceptions only from those each step allows, and only where the dates fit', () => {
    const children = new Map(data.children.map((c) => [c.id, c]));
    const outcomes = data.assessmentRequests.filter((r) => r.outcomeException);
    expect(outcomes.length).toBeGreaterThan(0);
    for (const r of outcomes) {
      expect(STEPS.FINAL_PLAN.exceptions).toContain(r.outcomeException);
      if (r.outcomeException === 'SCHOOL_CLOSURE' || r.outcomeException === 'EARLY_YEARS_CLOSURE') {
        const days = Array.from({ length: daysFrom(r.receivedOn, r.outcomeOn!) + 1 }, (_, i) => plusDays(r.receivedOn, i));
        expect(days.some((d) => d.slice(5, 7) === '08')).toBe(true);
        const fifth = `${Number(children.get(r.childId)!.dateOfBirth.slice(0, 4)) + 5}${children.get(r.childId)!.dateOfBirth.slice(4)}`;
        expect(r.outcomeException === 'EARLY_YEARS_CLOSURE').toBe(fifth > r.receivedOn);
      }
    }
    for (const r of data.assessmentRequests.filter((x) => x.decisionException)) expect(STEPS.DECISION_TO_ASSESS.exceptions).toContain(r.decisionException);
    expect(data.assessmentRequests.some((r) => r.outcomeException === 'MISSED_APPOINTMENT' || r.decisionException === 'MISSED_APPOINTMENT')).toBe(false);
  });

  it('has every kind of case, and annual-review decisions more often on time this year than two years ago', () => {
    const kinds = new Set(data.assessmentRequests.map((r) => `${r.kind} ${r.decision ?? 'undecided'} ${r.outcome ?? (r.withdrawnOn ? 'withdrawn' : 'open')}`));
    for (const kind of ['REQUEST ASSESS FINAL_PLAN', 'REQUEST REFUSE open', 'REQUEST ASSESS NO_PLAN', 'REQUEST ASSESS open', 'TRANSFER_IN undecided open']) expect(kinds).toContain(kind);
    const share = (from: string, to: string) => {
      const decided = data.annualReviews.filter((r) => r.decisionDate && r.meetingDate >= from && r.meetingDate <= to);
      return decided.filter((r) => daysFrom(r.meetingDate, r.decisionDate!) <= 28).length / decided.length;
    };
    expect(share('2025-09-01', '2026-08-31')).toBeGreaterThan(share('2023-09-01', '2024-08-31'));
  });
});
