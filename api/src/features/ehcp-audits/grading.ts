/**
 * How an EHCP audit's grades are derived. Two ways, as councils work: the auditor's judgement guided by
 * the default rule (median of the section grades, limited by sections B, E and F), or grades computed
 * from the criteria judgements with weights and thresholds. Pure functions: the arithmetic is tested
 * at its edges without a database.
 */

/** Outstanding 4, Good 3, Requires improvement 2, Inadequate 1. */
export type Grade = 1 | 2 | 3 | 4;
export const GOOD: Grade = 3;

export type Judgement = 'MET' | 'PARTLY_MET' | 'NOT_MET' | 'NOT_APPLICABLE';

const JUDGEMENT_VALUE: Record<Exclude<Judgement, 'NOT_APPLICABLE'>, number> = { MET: 1, PARTLY_MET: 0.5, NOT_MET: 0 };

/**
 * The default rule: the median of the section grades, rounded down; the overall grade may be at most
 * one step above the lowest of the limiting sections that were graded. Null when nothing is graded.
 */
export function suggestedOverallGrade(sectionGrades: ReadonlyMap<string, Grade>, limitingSections: readonly string[]): Grade | null {
  const grades = [...sectionGrades.values()].sort((a, b) => a - b);
  if (grades.length === 0) return null;
  const middle = grades.length / 2;
  const median = grades.length % 2 === 1 ? grades[Math.floor(middle)]! : Math.floor((grades[middle - 1]! + grades[middle]!) / 2);
  const limits = limitingSections.flatMap((code) => {
    const grade = sectionGrades.get(code);
    return grade === undefined ? [] : [grade];
  });
  const ceiling = limits.length > 0 ? Math.min(...limits) + 1 : 4;
  return Math.min(median, ceiling) as Grade;
}

export interface WeightedJudgement {
  weight: number;
  judgement: Judgement;
}

/**
 * The weighted share of criteria met, from 0 to 1: partly met counts half, and not-applicable criteria
 * leave both sides of the ratio. Weights need not sum to one. Null when nothing applies.
 */
export function criteriaScore(judgements: readonly WeightedJudgement[]): number | null {
  let achieved = 0;
  let possible = 0;
  for (const { weight, judgement } of judgements) {
    if (judgement === 'NOT_APPLICABLE' || weight <= 0) continue;
    achieved += weight * JUDGEMENT_VALUE[judgement];
    possible += weight;
  }
  return possible === 0 ? null : achieved / possible;
}

export interface WeightedScore {
  weight: number;
  score: number | null;
}

/** Sections combined the same way: weighted, sections with no applicable criteria left out. */
export function combinedScore(sections: readonly WeightedScore[]): number | null {
  let achieved = 0;
  let possible = 0;
  for (const { weight, score } of sections) {
    if (score === null || weight <= 0) continue;
    achieved += weight * score;
    possible += weight;
  }
  return possible === 0 ? null : achieved / possible;
}

/** A score at or above `minScore` earns `grade`; the highest threshold met wins. */
export interface Threshold {
  minScore: number;
  grade: Grade;
}

export const DEFAULT_THRESHOLDS: readonly Threshold[] = [
  { minScore: 0.85, grade: 4 },
  { minScore: 0.65, grade: 3 },
  { minScore: 0.4, grade: 2 },
  { minScore: 0, grade: 1 },
];

export function gradeForScore(score: number | null, thresholds: readonly Threshold[] = DEFAULT_THRESHOLDS): Grade | null {
  if (score === null) return null;
  const met = thresholds.filter((t) => score >= t.minScore).sort((a, b) => b.minScore - a.minScore);
  return met[0]?.grade ?? null;
}

/** The Wilson score interval for a proportion, 95% by default: honest for small counts and for 0% or 100%. */
export function wilsonInterval(successes: number, total: number, z = 1.959964): { low: number; high: number } | null {
  if (total <= 0) return null;
  const p = successes / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
