import { describe, expect, it } from 'vitest';
import {
  combinedScore,
  criteriaScore,
  gradeForScore,
  suggestedOverallGrade,
  wilsonInterval,
  type Grade,
} from '../../api/src/features/ehcp-audits/grading.js';

const LIMITING = ['B', 'E', 'F'];
const grades = (entries: Record<string, Grade>) => new Map(Object.entries(entries));

describe('the default rule for the overall grade', () => {
  it('takes the median of the section grades', () => {
    expect(suggestedOverallGrade(grades({ A: 4, B: 3, C: 3, D: 2, E: 3, F: 3, G: 4 }), LIMITING)).toBe(3);
  });

  it('rounds an even median down', () => {
    expect(suggestedOverallGrade(grades({ A: 4, B: 4, C: 3, E: 4, F: 3, G: 3 }), LIMITING)).toBe(3);
    expect(suggestedOverallGrade(grades({ A: 4, B: 4 }), LIMITING)).toBe(4);
    expect(suggestedOverallGrade(grades({ A: 1, C: 4 }), LIMITING)).toBe(2);
  });

  it('lets the overall grade be at most one step above the weakest of B, E and F', () => {
    // Median 4, but F is Inadequate: at most Requires improvement.
    expect(suggestedOverallGrade(grades({ A: 4, B: 4, C: 4, D: 4, E: 4, F: 1, G: 4 }), LIMITING)).toBe(2);
    // A limiting section one step below the median does not pull it down.
    expect(suggestedOverallGrade(grades({ A: 4, B: 3, C: 4, E: 4, F: 4 }), LIMITING)).toBe(4);
  });

  it('ignores limiting sections that were not graded, and gives nothing for nothing', () => {
    expect(suggestedOverallGrade(grades({ A: 4, C: 4, D: 4 }), LIMITING)).toBe(4);
    expect(suggestedOverallGrade(new Map(), LIMITING)).toBeNull();
  });
});

describe('grades computed from criteria', () => {
  it('scores all met as 1 and all not met as 0', () => {
    expect(criteriaScore([{ weight: 1, judgement: 'MET' }, { weight: 2, judgement: 'MET' }])).toBe(1);
    expect(criteriaScore([{ weight: 1, judgement: 'NOT_MET' }, { weight: 2, judgement: 'NOT_MET' }])).toBe(0);
  });

  it('leaves not-applicable criteria out of both sides of the ratio', () => {
    expect(criteriaScore([{ weight: 3, judgement: 'MET' }, { weight: 5, judgement: 'NOT_APPLICABLE' }])).toBe(1);
    expect(criteriaScore([{ weight: 1, judgement: 'PARTLY_MET' }, { weight: 1, judgement: 'NOT_APPLICABLE' }])).toBe(0.5);
  });

  it('has no score when every criterion is not applicable, and such a section does not count', () => {
    expect(criteriaScore([{ weight: 1, judgement: 'NOT_APPLICABLE' }, { weight: 2, judgement: 'NOT_APPLICABLE' }])).toBeNull();
    expect(criteriaScore([])).toBeNull();
    expect(combinedScore([{ weight: 1, score: null }, { weight: 1, score: 0.5 }])).toBe(0.5);
    expect(combinedScore([{ weight: 1, score: null }])).toBeNull();
  });

  it('normalises weights that do not sum to one', () => {
    // 2 of weight 3 met, weight 1 not met: 6/7 whatever the scale of the weights.
    const judged = [
      { weight: 3, judgement: 'MET' as const },
      { weight: 3, judgement: 'MET' as const },
      { weight: 1, judgement: 'NOT_MET' as const },
    ];
    expect(criteriaScore(judged)).toBeCloseTo(6 / 7, 12);
    expect(criteriaScore(judged.map((j) => ({ ...j, weight: j.weight * 0.01 })))).toBeCloseTo(6 / 7, 12);
    expect(combinedScore([{ weight: 2, score: 1 }, { weight: 6, score: 0.5 }])).toBeCloseTo(0.625, 12);
  });

  it('maps scores to grades at the threshold edges', () => {
    expect(gradeForScore(1)).toBe(4);
    expect(gradeForScore(0.85)).toBe(4);
    expect(gradeForScore(0.8499)).toBe(3);
    expect(gradeForScore(0.65)).toBe(3);
    expect(gradeForScore(0.4)).toBe(2);
    expect(gradeForScore(0.3999)).toBe(1);
    expect(gradeForScore(0)).toBe(1);
    expect(gradeForScore(null)).toBeNull();
  });
});

describe('the Wilson interval for % good or outstanding', () => {
  it('matches published values', () => {
    // 82 of 100: 73.3% to 88.3% (Wilson, 95%).
    const interval = wilsonInterval(82, 100)!;
    expect(interval.low).toBeCloseTo(0.7333, 3);
    expect(interval.high).toBeCloseTo(0.8827, 3);
  });

  it('stays within 0 and 1 at the extremes and is undefined for no audits', () => {
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(wilsonInterval(10, 10)!.high).toBeCloseTo(1, 12);
    expect(wilsonInterval(10, 10)!.low).toBeCloseTo(0.7225, 3);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('the default rubric shipped in seeds/', () => {
  it('grades every lettered section of a plan, limits by B, E and F, and is graded by the default rule', async () => {
    const { DEFAULT_EHCP_RUBRIC } = await import('@send-qa/seeds');
    expect(DEFAULT_EHCP_RUBRIC.sections.map((s) => s.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K', 'PLAN']);
    expect(DEFAULT_EHCP_RUBRIC.sections.filter((s) => s.limiting).map((s) => s.code)).toEqual(LIMITING);
    expect(DEFAULT_EHCP_RUBRIC.grades.map((g) => g.label)).toEqual(['Outstanding', 'Good', 'Requires improvement', 'Inadequate']);
    for (const section of DEFAULT_EHCP_RUBRIC.sections) {
      expect(section.guidance.length).toBeGreaterThan(20);
      expect(section.criteria.length).toBeGreaterThan(0);
    }
    expect(DEFAULT_EHCP_RUBRIC.sections.find((s) => s.code === 'E')!.criteria.some((c) => c.fromYear === 9)).toBe(true);
  });
});
