import type { FieldErrors } from '../../core/graphql/errors.js';

export const CASE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9/-]{0,39}$/;
export const CASE_REFERENCE_MESSAGE = 'caseReference must be 1-40 letters, digits, "-" or "/" (a reference, never a name)';
/** The SEND system serves children and young people from birth to 25. */
const OLDEST_AGE_YEARS = 25;

/** A child's date of birth: not in the future, and for someone aged 25 or under. */
export function checkDateOfBirth(dateOfBirth: string, today: string, errors: FieldErrors, field = 'dateOfBirth'): FieldErrors {
  const oldest = `${Number(today.slice(0, 4)) - OLDEST_AGE_YEARS - 1}${today.slice(4)}`;
  return errors
    .check(dateOfBirth <= today, field, 'notInFuture', 'must not be in the future')
    .check(dateOfBirth > oldest, field, 'age0to25', `must be for a child or young person aged ${OLDEST_AGE_YEARS} or under`);
}
