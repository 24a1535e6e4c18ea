import { Phase } from './enums.js';

/**
 * The national curriculum year a child is in on a given date, from their age on the 31 August that
 * began the academic year: Reception is 0, Year 1 is 1, Year 13 is 13; below 0 is before school.
 */
export function schoolYear(dateOfBirth: string, onDate: string): number {
  const [year, month] = onDate.split('-').map(Number) as [number, number];
  const academicYearStart = month >= 9 ? year : year - 1;
  const [birthYear, birthMonth] = dateOfBirth.split('-').map(Number) as [number, number];
  // Age on 31 August of academicYearStart.
  const ageOnAugust31 = academicYearStart - birthYear - (birthMonth >= 9 ? 1 : 0);
  return ageOnAugust31 - 4;
}

/** The phase of education a child is in on a date; 19 to 25 year olds are post-19. */
export function phaseOf(dateOfBirth: string, onDate: string): Phase {
  const year = schoolYear(dateOfBirth, onDate);
  if (year < 0) return Phase.EARLY_YEARS;
  if (year <= 6) return Phase.PRIMARY;
  if (year <= 11) return Phase.SECONDARY;
  if (year <= 14) return Phase.POST_16;
  return Phase.POST_19;
}
