import type { FieldErrors } from '../../core/graphql/errors.js';
import { PlanStatus } from './enums.js';

export interface PlanDates {
  status: PlanStatus;
  requestDate: string;
  issueDate?: string | null;
  lastAnnualReviewDate?: string | null;
}

/**
 * The order of events in a plan's life: request, then issue, then annual reviews, none of them in
 * the future and none before the child was born. ISO dates compare correctly as strings.
 */
export function checkPlanDates(plan: PlanDates, dateOfBirth: string, today: string, errors: FieldErrors): FieldErrors {
  const { status, requestDate, issueDate, lastAnnualReviewDate } = plan;
  errors
    .check(requestDate <= today, 'requestDate', 'notInFuture', 'must not be in the future')
    .check(requestDate >= dateOfBirth, 'requestDate', 'notBeforeDateOfBirth', "must not be before the child's date of birth");
  if (status !== PlanStatus.DRAFT) {
    errors.check(Boolean(issueDate), 'issueDate', 'requiredOnceIssued', `is required for a ${status.toLowerCase()} plan`);
  }
  if (issueDate) {
    errors
      .check(issueDate >= requestDate, 'issueDate', 'notBeforeRequestDate', 'must not be before the request date')
      .check(issueDate <= today, 'issueDate', 'notInFuture', 'must not be in the future');
  }
  if (lastAnnualReviewDate) {
    errors
      .check(Boolean(issueDate), 'lastAnnualReviewDate', 'requiresIssueDate', 'needs the plan to have been issued')
      .check(!issueDate || lastAnnualReviewDate >= issueDate, 'lastAnnualReviewDate', 'notBeforeIssueDate', 'must not be before the issue date')
      .check(lastAnnualReviewDate <= today, 'lastAnnualReviewDate', 'notInFuture', 'must not be in the future');
  }
  return errors;
}
