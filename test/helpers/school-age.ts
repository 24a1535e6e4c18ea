/**
 * Of compulsory school age on a day: after the first prescribed day (31 March, 31 August or 31 December) on or
 * after the fifth birthday (Education Act 1996, s. 8). A 29 February birthday is the 28th in other years.
 */
export function ofSchoolAge(dateOfBirth: string, on: string): boolean {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const fifth = `${y + 5}-${String(m).padStart(2, '0')}-${String(m === 2 && d === 29 ? 28 : d).padStart(2, '0')}`;
  const prescribed = [`${y + 5}-03-31`, `${y + 5}-08-31`, `${y + 5}-12-31`].find((day) => day >= fifth)!;
  return on > prescribed;
}
