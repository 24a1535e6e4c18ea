import { today } from '../../core/dates.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import type { HealthAdvice } from './health-advice.entity.js';

/** Advice is due six weeks after it is asked for (the statutory timescale). */
export const ADVICE_DUE_DAYS = 42;
/** For an annual review, advice is due at least two weeks before the meeting. */
export const BEFORE_MEETING_DAYS = 14;

type AdviceDates = Pick<HealthAdvice, 'requestedOn' | 'dueOn' | 'receivedOn' | 'noAdvice' | 'noAdviceReason' | 'reviewGrade'>;

/** The rules every saved piece of advice keeps, checked on the record as it would be saved. */
export function checkAdvice(advice: AdviceDates, errors = new FieldErrors()): FieldErrors {
  const received = advice.receivedOn ?? null;
  return errors
    .check(advice.dueOn >= advice.requestedOn, 'dueOn', 'notBeforeRequestedOn', 'advice cannot be due before it was asked for')
    .check(received === null || received >= advice.requestedOn, 'receivedOn', 'notBeforeRequestedOn', 'advice cannot arrive before it was asked for')
    .check(received === null || received <= today(), 'receivedOn', 'notInFuture', 'advice cannot have arrived in the future')
    .check(!advice.noAdvice || Boolean(advice.noAdviceReason?.trim()), 'noAdviceReason', 'reasonRequired', 'say why the service gave no advice')
    .check(!advice.noAdvice || received !== null, 'receivedOn', 'requiredWithNoAdvice', 'give the date the service replied that it had no advice')
    .check(advice.noAdvice || !advice.noAdviceReason, 'noAdviceReason', 'onlyWithNoAdvice', 'a reason is only given when the service has no advice')
    .check(
      advice.reviewGrade === null || advice.reviewGrade === undefined || (received !== null && !advice.noAdvice),
      'receivedOn',
      'reviewed',
      'advice the DCO has reviewed stays received',
    );
}

/** Received by its due date; null while it may still arrive on time. */
export function isOnTime(advice: Pick<HealthAdvice, 'dueOn' | 'receivedOn'>, on = today()): boolean | null {
  if (advice.receivedOn) return advice.receivedOn <= advice.dueOn;
  return advice.dueOn < on ? false : null;
}
