import type { FieldErrors } from '../../core/graphql/errors.js';
import { AuditSection, type CriterionJudgement } from './audit.entity.js';
import { combinedScore, criteriaScore, gradeForScore, suggestedOverallGrade, type Grade } from './grading.js';
import { GradeDerivation, type RubricVersion } from './rubric.entity.js';

export interface SectionInput {
  code: string;
  grade?: number | null;
  evidence: string;
  judgements: CriterionJudgement[];
}

function sectionScore(version: RubricVersion, found: AuditSection): number | null {
  const criteria = version.sections.find((s) => s.code === found.code)?.criteria ?? [];
  return criteriaScore(
    found.judgements.map(({ key, judgement }) => ({ weight: criteria.find((c) => c.key === key)?.weight ?? 0, judgement })),
  );
}

/**
 * One section's findings checked against the rubric version the audit is scored against, and put in
 * its place among the others (in rubric order). With criteria-scored rubrics the grade is computed.
 */
export function withSection(version: RubricVersion, sections: AuditSection[], input: SectionInput, errors: FieldErrors): AuditSection[] {
  const section = version.sections.find((s) => s.code === input.code);
  if (!section) {
    errors.add('code', 'inRubric', `section ${input.code} is not in version ${version.number} of this rubric`);
    return sections;
  }
  input.judgements.forEach(({ key }, i) => {
    errors.check(section.criteria.some((c) => c.key === key), `judgements[${i}].key`, 'inSection', `criterion ${key} is not in section ${section.code}`);
  });
  const computed = version.derivation === GradeDerivation.CRITERIA_SCORE;
  errors.check(!computed || input.grade === null || input.grade === undefined, 'grade', 'computedFromCriteria', 'this rubric computes section grades from the criteria');
  const saved = Object.assign(new AuditSection(), { code: input.code, evidence: input.evidence, judgements: input.judgements, grade: input.grade ?? null });
  if (computed) saved.grade = gradeForScore(sectionScore(version, saved), version.thresholds as { minScore: number; grade: Grade }[]);
  const order = version.sections.map((s) => s.code);
  return [...sections.filter((s) => s.code !== input.code), saved].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}

/** Sections still to be scored: ungraded ones, or with criteria scoring, any criterion not yet judged. */
export function unfinishedSections(version: RubricVersion, sections: AuditSection[]): string[] {
  return version.sections
    .filter((rubricSection) => {
      const found = sections.find((s) => s.code === rubricSection.code);
      if (!found) return true;
      return version.derivation === GradeDerivation.CRITERIA_SCORE
        ? rubricSection.criteria.some((c) => !found.judgements.some((j) => j.key === c.key))
        : found.grade === null || found.grade === undefined;
    })
    .map((s) => s.code);
}

/** Criteria (by key) with no judgement yet, not applicable counting as one, in rubric order. */
export function unjudgedCriteria(version: RubricVersion, sections: AuditSection[]): string[] {
  return version.sections.flatMap((rubricSection) => {
    const judged = new Set(sections.find((s) => s.code === rubricSection.code)?.judgements.map((j) => j.key));
    return rubricSection.criteria.filter((c) => !judged.has(c.key)).map((c) => c.key);
  });
}

/** Sections whose evidence notes are empty, in rubric order. */
export function sectionsWithoutEvidence(version: RubricVersion, sections: AuditSection[]): string[] {
  return version.sections.filter((rubricSection) => !sections.find((s) => s.code === rubricSection.code)?.evidence.trim()).map((s) => s.code);
}

/** The overall grade the rubric's own rule gives for these sections. */
export function suggestedGrade(version: RubricVersion, sections: AuditSection[]): Grade | null {
  if (version.derivation === GradeDerivation.CRITERIA_SCORE) {
    const score = combinedScore(
      sections.map((found) => ({ weight: version.sections.find((s) => s.code === found.code)?.weight ?? 0, score: sectionScore(version, found) })),
    );
    return gradeForScore(score, version.thresholds as { minScore: number; grade: Grade }[]);
  }
  const graded = new Map(sections.flatMap((s) => (s.grade ? [[s.code, s.grade as Grade] as const] : [])));
  return suggestedOverallGrade(graded, version.sections.filter((s) => s.limiting).map((s) => s.code));
}
