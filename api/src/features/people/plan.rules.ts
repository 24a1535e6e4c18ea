import type { FieldErrors } from '../../core/graphql/errors.js';
import { PlanStatus, PrimaryNeed } from './enums.js';

/** A plan being drafted or maintained makes its child a plan holder; a ceased plan leaves them at SEN support. */
export const HELD_PLAN_STATUSES: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.FINAL];

/** The rule a plan holder's primary need breaks when it is NSA, as `extensions.fields` names it. */
export const ASSESSED_NEED_RULE = 'assessedNeed';

/**
 * NSA is the school census's code for SEN support with no specialist assessment of the need; SEN2 has no
 * such code for a plan, whose need the EHC needs assessment has established. `field` is where the caller
 * set the need (the child's primaryNeed, an import's SENtype) or, for a plan, the child it is for.
 */
export function checkPlanHolderNeed(primaryNeed: PrimaryNeed, holdsPlan: boolean, errors: FieldErrors, field: string, message?: string): FieldErrors {
  return errors.check(
    !holdsPlan || primaryNeed !== PrimaryNeed.NSA,
    field,
    ASSESSED_NEED_RULE,
    message ?? 'must not be NSA (the school census code for SEN support with no specialist assessment) while the child holds an EHC plan: record the need the assessment identified',
  );
}

/** For a plan, drafted or maintained, of a child whose recorded need is NSA. */
export const NSA_CHILD_MESSAGE =
  "cannot make the child a plan holder: their primary need is NSA (the school census code for SEN support with no specialist assessment); record the need the assessment identified first";

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
