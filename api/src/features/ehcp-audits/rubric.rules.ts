import type { FieldErrors } from '../../core/graphql/errors.js';
import type { RubricSection, ScoreThreshold } from './rubric.entity.js';
import type { RubricSectionInput, ScoreThresholdInput } from './rubric.inputs.js';

/** Gives every criterion a key that stays the same across edits of a draft, so judgements can refer to it. */
export function withCriterionKeys(sections: RubricSectionInput[]): RubricSection[] {
  return sections.map((section) => ({
    ...section,
    criteria: section.criteria.map((criterion, index) => ({ ...criterion, key: criterion.key ?? `${section.code}.${index + 1}` })),
  }));
}

export function checkSections(sections: RubricSection[], errors: FieldErrors): FieldErrors {
  errors.check(sections.length > 0, 'sections', 'notEmpty', 'a rubric needs at least one section');
  const codes = new Set<string>();
  const keys = new Set<string>();
  sections.forEach((section, s) => {
    errors.check(!codes.has(section.code), `sections[${s}].code`, 'unique', `section code ${section.code} is used twice`);
    codes.add(section.code);
    section.criteria.forEach((criterion, c) => {
      errors.check(!keys.has(criterion.key), `sections[${s}].criteria[${c}].key`, 'unique', `criterion key ${criterion.key} is used twice`);
      keys.add(criterion.key);
    });
  });
  return errors;
}

/** Every score from 0 to 1 must map to exactly one grade. */
export function checkThresholds(thresholds: ScoreThresholdInput[] | ScoreThreshold[], errors: FieldErrors): FieldErrors {
  const grades = thresholds.map((t) => t.grade);
  errors
    .check(thresholds.some((t) => t.minScore === 0), 'thresholds', 'coversZero', 'one threshold must start at 0 so that every score has a grade')
    .check(new Set(grades).size === grades.length, 'thresholds', 'uniqueGrades', 'each grade may appear once');
  const ordered = [...thresholds].sort((a, b) => a.minScore - b.minScore);
  errors.check(
    ordered.every((t, i) => i === 0 || t.grade > ordered[i - 1]!.grade),
    'thresholds',
    'higherScoreHigherGrade',
    'a higher score must never earn a lower grade',
  );
  return errors;
}
