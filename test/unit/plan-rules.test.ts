import { describe, expect, it } from 'vitest';
import { FieldErrors, UserInputError } from '../../api/src/core/graphql/errors.js';
import { PlanStatus } from '../../api/src/features/people/enums.js';
import { checkPlanDates, type PlanDates } from '../../api/src/features/people/plan.rules.js';

const TODAY = '2026-09-01';
const BORN = '2015-04-10';

function broken(plan: PlanDates): string[] {
  try {
    checkPlanDates(plan, BORN, TODAY, new FieldErrors()).throwIfAny();
    return [];
  } catch (error) {
    return (error as UserInputError).fields.map((f) => `${f.field}:${f.rule}`);
  }
}

describe('the order of a plan\'s dates', () => {
  it('accepts a final plan issued on the day of the request and reviewed today', () => {
    expect(broken({ status: PlanStatus.FINAL, requestDate: '2025-01-06', issueDate: '2025-01-06', lastAnnualReviewDate: TODAY })).toEqual([]);
  });

  it('accepts a draft with no issue date', () => {
    expect(broken({ status: PlanStatus.DRAFT, requestDate: '2026-08-01' })).toEqual([]);
  });

  it('accepts a request on the date of birth, refuses one the day before', () => {
    expect(broken({ status: PlanStatus.DRAFT, requestDate: BORN })).toEqual([]);
    expect(broken({ status: PlanStatus.DRAFT, requestDate: '2015-04-09' })).toEqual(['requestDate:notBeforeDateOfBirth']);
  });

  it('refuses dates after today, one day after being enough', () => {
    expect(broken({ status: PlanStatus.FINAL, requestDate: '2026-09-02', issueDate: '2026-09-02' })).toEqual([
      'requestDate:notInFuture',
      'issueDate:notInFuture',
    ]);
  });

  it('needs an issue date for final and ceased plans', () => {
    expect(broken({ status: PlanStatus.FINAL, requestDate: '2025-01-06' })).toEqual(['issueDate:requiredOnceIssued']);
    expect(broken({ status: PlanStatus.CEASED, requestDate: '2025-01-06', issueDate: null })).toEqual(['issueDate:requiredOnceIssued']);
  });

  it('refuses an annual review before the plan was issued, or without an issue date', () => {
    expect(broken({ status: PlanStatus.FINAL, requestDate: '2024-01-06', issueDate: '2024-05-01', lastAnnualReviewDate: '2024-04-30' })).toEqual([
      'lastAnnualReviewDate:notBeforeIssueDate',
    ]);
    expect(broken({ status: PlanStatus.DRAFT, requestDate: '2024-01-06', lastAnnualReviewDate: '2025-01-01' })).toEqual([
      'lastAnnualReviewDate:requiresIssueDate',
    ]);
  });
});
