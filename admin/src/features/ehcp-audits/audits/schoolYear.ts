/**
 * The National Curriculum year group on a date: children born September to August share a year,
 * and start Reception (year 0) in the September after they turn four.
 */
export function schoolYear(dateOfBirth: string, onDate: string): number | undefined {
  const [by, bm] = dateOfBirth.split('-').map(Number);
  const [y, m] = onDate.split('-').map(Number);
  if (!by || !bm || !y || !m) return undefined;
  const bornInAcademicYear = bm >= 9 ? by : by - 1;
  const academicYear = m >= 9 ? y : y - 1;
  return academicYear - bornInAcademicYear - 5;
}

export function yearGroupLabel(year: number | undefined): string {
  if (year === undefined) return '';
  if (year < 0) return 'Early years (before Reception)';
  if (year === 0) return 'Reception';
  if (year <= 13) return `Year ${year}`;
  return `Post-19 (would be Year ${year})`;
}
