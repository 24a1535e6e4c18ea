import { FieldErrors, UserInputError, type FieldError } from '../../core/graphql/errors.js';
import { schoolYear } from '../people/index.js';
import { daysBetween } from '../../core/dates.js';
import { Agreement, SenStatus, TimetableStatus } from './enums.js';
import type { PartTimePolicy } from './policy.entity.js';
import type { PartTimeTimetable } from './timetable.entity.js';

/** A school week is never longer than this: catches a day's hours typed as a week's. */
export const LONGEST_WEEK_HOURS = 40;

export type PolicyValues = Pick<
  PartTimePolicy,
  'maximumWeeks' | 'keyStage1Hours' | 'keyStage2Hours' | 'keyStage3Hours' | 'year11Hours' | 'baselineDate' | 'baselineCount' | 'targetReductionPercent' | 'targetDate'
>;

/** The full-time week for a pupil's year group on a date: KS1 to Year 2, KS2 to Year 6, KS3 and Year 10, then Year 11 on. */
export function keyStageHours(policy: PolicyValues, dateOfBirth: string, onDate: string): number {
  const year = schoolYear(dateOfBirth, onDate);
  if (year <= 2) return policy.keyStage1Hours;
  if (year <= 6) return policy.keyStage2Hours;
  if (year <= 10) return policy.keyStage3Hours;
  return policy.year11Hours;
}

/** The values a timetable is checked on, as they would be saved. */
export type TimetableValues = Pick<
  PartTimeTimetable,
  | 'senStatus' | 'startDate' | 'agreedEndDate' | 'hoursPerWeek' | 'fullTimeHours' | 'returnPlan' | 'parentAgreementDate' | 'parentAgreedBy'
  | 'caseworkerAgreementDate' | 'virtualSchoolAgreementDate' | 'extendedUntil' | 'extensionReason' | 'status' | 'endedOn' | 'destination'
>;

/** What the checks need to know about the child beyond the timetable itself. */
export interface ChildFacts {
  /** Has a draft or final plan, so can be recorded as a pupil with an EHCP. */
  hasPlan: boolean;
}

export function checkTimetable(t: TimetableValues, child: ChildFacts, today: string, errors: FieldErrors): FieldErrors {
  const agreementDates = [
    ['parentAgreementDate', t.parentAgreementDate],
    ['caseworkerAgreementDate', t.caseworkerAgreementDate],
    ['virtualSchoolAgreementDate', t.virtualSchoolAgreementDate],
  ] as const;
  errors
    .check(t.hoursPerWeek >= 0, 'hoursPerWeek', 'notNegative', 'must not be below zero')
    .check(t.hoursPerWeek < t.fullTimeHours, 'hoursPerWeek', 'belowFullTime', `must be less than the full-time week of ${t.fullTimeHours} hours`)
    .check(t.startDate <= today, 'startDate', 'notInFuture', 'must not be in the future')
    .check(t.agreedEndDate > t.startDate, 'agreedEndDate', 'afterStartDate', 'must be after the start date')
    .check(t.returnPlan.trim() !== '', 'returnPlan', 'required', 'a timetable needs a plan to return to full time')
    .check(t.senStatus !== SenStatus.EHCP || child.hasPlan, 'senStatus', 'hasPlan', 'the child has no EHCP: record them at SEN support')
    .check(!t.parentAgreedBy || !!t.parentAgreementDate, 'parentAgreementDate', 'requiredWithAgreedBy', 'give the date the parent or carer agreed')
    .check(!!t.extendedUntil === !!t.extensionReason?.trim(), 'extensionReason', 'bothOrNeither', 'an extension needs both its end date and its reason')
    .check(!t.extendedUntil || t.extendedUntil > t.startDate, 'extendedUntil', 'afterStartDate', 'must be after the start date');
  for (const [field, date] of agreementDates) {
    errors.check(!date || date <= today, field, 'notInFuture', 'must not be in the future');
  }
  if (t.status === TimetableStatus.ACTIVE) {
    errors.check(!t.endedOn, 'endedOn', 'emptyWhileActive', 'an active timetable has not ended');
  } else {
    errors.check(!!t.endedOn, 'endedOn', 'requiredWhenEnded', 'give the date it ended');
    errors.check(!t.endedOn || t.endedOn >= t.startDate, 'endedOn', 'notBeforeStartDate', 'must not be before the start date');
    errors.check(!t.endedOn || t.endedOn <= today, 'endedOn', 'notInFuture', 'must not be in the future');
  }
  errors.check(
    t.status !== TimetableStatus.ENDED_OTHER || !!t.destination?.trim(),
    'destination',
    'requiredWhenEndedOther',
    'say where the pupil went',
  );
  return errors;
}

/** The broken rules FieldErrors collected, for reports that list them rather than refuse the request. */
export function problems(errors: FieldErrors): FieldError[] {
  try {
    errors.throwIfAny();
    return [];
  } catch (error) {
    if (error instanceof UserInputError) return error.fields;
    throw error;
  }
}

/** On the timetable on a date: started by then and not yet ended. */
export function activeOn(t: Pick<PartTimeTimetable, 'startDate' | 'endedOn'>, date: string): boolean {
  return t.startDate <= date && (!t.endedOn || t.endedOn > date);
}

type AgreementValues = Pick<
  PartTimeTimetable,
  'senStatus' | 'parentAgreementDate' | 'caseworkerAgreementDate' | 'virtualSchoolAgreementDate' | 'hasSocialWorker' | 'socialWorkerInvolvement'
>;

/**
 * Agreements the timetable still lacked on a date: the parent or carer's always, the SEND caseworker's
 * for a pupil with an EHCP, the virtual school's for a child in care, the social worker's involvement
 * where there is one. An agreement dated after the date did not exist yet.
 */
export function missingAgreements(t: AgreementValues, lookedAfter: boolean, date: string): Agreement[] {
  const missing: Agreement[] = [];
  const absent = (agreed?: string | null) => !agreed || agreed > date;
  if (absent(t.parentAgreementDate)) missing.push(Agreement.PARENT);
  if (t.senStatus === SenStatus.EHCP && absent(t.caseworkerAgreementDate)) missing.push(Agreement.CASEWORKER);
  if (lookedAfter && absent(t.virtualSchoolAgreementDate)) missing.push(Agreement.VIRTUAL_SCHOOL);
  if (t.hasSocialWorker && !t.socialWorkerInvolvement?.trim()) missing.push(Agreement.SOCIAL_WORKER);
  return missing;
}

/** How long it runs, as known on a date: to its end if ended, else at least to the agreed end date. */
export function lengthInDays(t: Pick<PartTimeTimetable, 'startDate' | 'agreedEndDate' | 'endedOn'>, date: string): number {
  const until = t.endedOn && t.endedOn <= date ? t.endedOn : t.agreedEndDate > date ? t.agreedEndDate : date;
  return daysBetween(t.startDate, until);
}

/** Longer than the policy maximum without a recorded extension and its reason. */
export function overMaximum(
  t: Pick<PartTimeTimetable, 'startDate' | 'agreedEndDate' | 'endedOn' | 'extendedUntil' | 'extensionReason'>,
  maximumWeeks: number,
  date: string,
): boolean {
  const extended = !!t.extendedUntil && !!t.extensionReason;
  return !extended && lengthInDays(t, date) > maximumWeeks * 7;
}

/** The review due on a date: the next date set by the latest review held by then, or else the agreed end date. */
export function reviewDueOn(
  t: Pick<PartTimeTimetable, 'agreedEndDate'>,
  reviews: readonly { reviewDate: string; nextReviewDate?: string | null }[],
  date: string,
): string | null {
  const held = reviews.filter((r) => r.reviewDate <= date).sort((a, b) => a.reviewDate.localeCompare(b.reviewDate));
  return held.length ? (held[held.length - 1]!.nextReviewDate ?? null) : t.agreedEndDate;
}

