import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_EHCP_RUBRIC } from '@send-qa/seeds';
import { DEFAULT_THRESHOLDS } from './grading.js';
import { GradeDerivation, Rubric, RubricStatus, RubricVersion } from './rubric.entity.js';
import { withCriterionKeys } from './rubric.rules.js';

/** The shipped rubric's sections, with criterion keys, as a version's content. */
export function defaultRubricContent(): Pick<RubricVersion, 'derivation' | 'thresholds' | 'sections'> {
  return {
    derivation: GradeDerivation[DEFAULT_EHCP_RUBRIC.derivation],
    thresholds: DEFAULT_THRESHOLDS.map((t) => ({ ...t })),
    sections: withCriterionKeys(
      DEFAULT_EHCP_RUBRIC.sections.map(({ criteria, ...section }) => ({
        ...section,
        criteria: criteria.map((criterion) => ({ ...criterion, fromYear: criterion.fromYear ?? null })),
      })),
    ),
  };
}

/** Every local authority starts with the default rubric, published, so its first cycle can begin at once. Returns that version. */
export function installDefaultRubric(em: EntityManager, localAuthorityId: string, now = new Date()): RubricVersion {
  const rubric = em.create(Rubric, { localAuthority: localAuthorityId, name: DEFAULT_EHCP_RUBRIC.name });
  return em.create(RubricVersion, {
    localAuthority: localAuthorityId,
    rubric,
    number: 1,
    status: RubricStatus.PUBLISHED,
    publishedAt: now,
    ...defaultRubricContent(),
  });
}
