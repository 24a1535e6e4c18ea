import type { FieldErrors } from '../../core/graphql/errors.js';
import { AttendancePattern, PlacementStatus } from './enums.js';

export const COST_PARTS = ['educationCost', 'healthCost', 'socialCareCost'] as const;
export const WEEKS_PER_YEAR = [38, 52];
const MAX_VISIT_INTERVAL_MONTHS = 24;

export interface PlacementTerms {
  status: PlacementStatus;
  startDate: string;
  plannedEndDate: string;
  endedOn?: string | null;
  educationCost?: number | null;
  healthCost?: number | null;
  socialCareCost?: number | null;
  attendancePattern: AttendancePattern;
  nightsPerWeek?: number | null;
  weeksPerYear: number;
  visitIntervalMonths: number;
}

/** The rules a placement's own terms must keep, whoever else it involves. */
export function checkPlacementTerms(placement: PlacementTerms, today: string, errors: FieldErrors): FieldErrors {
  errors.check(placement.plannedEndDate > placement.startDate, 'plannedEndDate', 'afterStartDate', 'must be after the start date');
  for (const part of COST_PARTS) {
    const value = placement[part];
    if (value === null || value === undefined) errors.add(part, 'required', 'give the annual contribution in pounds, 0 if none');
    else errors.check(value >= 0, part, 'notNegative', 'must not be negative');
  }
  if (placement.attendancePattern === AttendancePattern.RESIDENTIAL) {
    const nights = placement.nightsPerWeek;
    if (nights === null || nights === undefined) errors.add('nightsPerWeek', 'requiredForResidential', 'give the nights a week of a residential placement');
    else errors.check(nights >= 1 && nights <= 7, 'nightsPerWeek', 'range', 'must be 1 to 7');
  } else {
    errors.check(!placement.nightsPerWeek, 'nightsPerWeek', 'onlyForResidential', 'only a residential placement has nights');
  }
  errors
    .check(WEEKS_PER_YEAR.includes(placement.weeksPerYear), 'weeksPerYear', 'oneOf', 'must be 38 (term time) or 52')
    .check(
      placement.visitIntervalMonths >= 1 && placement.visitIntervalMonths <= MAX_VISIT_INTERVAL_MONTHS,
      'visitIntervalMonths',
      'range',
      `must be 1 to ${MAX_VISIT_INTERVAL_MONTHS} months`,
    );
  if (placement.status === PlacementStatus.ENDED) {
    if (!placement.endedOn) errors.add('endedOn', 'requiredWhenEnded', 'give the date an ended placement ended');
    else {
      errors
        .check(placement.endedOn >= placement.startDate, 'endedOn', 'notBeforeStartDate', 'must not be before the start date')
        .check(placement.endedOn <= today, 'endedOn', 'notInFuture', 'must not be in the future');
    }
  } else {
    errors.check(!placement.endedOn, 'endedOn', 'onlyWhenEnded', 'only an ended placement has an end date; set the status to ENDED');
  }
  return errors;
}

/** The last day a placement covers: when it ended, or else when it is planned to. */
export function lastDay(placement: { plannedEndDate: string; endedOn?: string | null }): string {
  return placement.endedOn ?? placement.plannedEndDate;
}

export function overlaps(a: { startDate: string; plannedEndDate: string; endedOn?: string | null }, b: { startDate: string; plannedEndDate: string; endedOn?: string | null }): boolean {
  return a.startDate <= lastDay(b) && b.startDate <= lastDay(a);
}
