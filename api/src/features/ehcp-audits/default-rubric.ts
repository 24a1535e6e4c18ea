import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_ADVICE_RUBRIC, DEFAULT_EHCP_RUBRIC, HEALTH_ADVICE_RUBRIC, HEALTH_DEEP_DIVE_RUBRIC, type RubricTemplate } from '@send-qa/seeds';
import { DEFAULT_THRESHOLDS } from './grading.js';
import { GradeDerivation, Rubric, RubricPurpose, RubricStatus, RubricVersion } from './rubric.entity.js';
import { withCriterionKeys } from './rubric.rules.js';

/** The rubric shipped for each purpose; a new rubric of that purpose starts from it. */
export const SHIPPED_RUBRICS: Record<RubricPurpose, RubricTemplate> = {
  EHCP_AUDIT: DEFAULT_EHCP_RUBRIC,
  HEALTH_ADVICE: HEALTH_ADVICE_RUBRIC,
  HEALTH_DEEP_DIVE: HEALTH_DEEP_DIVE_RUBRIC,
  AGENCY_ADVICE: AGENCY_ADVICE_RUBRIC,
};

/** The shipped rubric's sections, with criterion keys, as a version's content. */
export function defaultRubricContent(purpose = RubricPurpose.EHCP_AUDIT): Pick<RubricVersion, 'derivation' | 'thresholds' | 'sections'> {
  const template = SHIPPED_RUBRICS[purpose];
  return {
    derivation: GradeDerivation[template.derivation],
    thresholds: DEFAULT_THRESHOLDS.map((t) => ({ ...t })),
    sections: withCriterionKeys(
      template.sections.map(({ criteria, ...section }) => ({
        ...section,
        criteria: criteria.map((criterion) => ({ ...criterion, fromYear: criterion.fromYear ?? null })),
      })),
    ),
  };
}

/** Installs the shipped rubric of a purpose, published, so that work can begin at once. Returns that version. */
export function installShippedRubric(em: EntityManager, localAuthorityId: string, purpose: RubricPurpose, now = new Date()): RubricVersion {
  const rubric = em.create(Rubric, { localAuthority: localAuthorityId, name: SHIPPED_RUBRICS[purpose].name, purpose });
  return em.create(RubricVersion, {
    localAuthority: localAuthorityId,
    rubric,
    number: 1,
    status: RubricStatus.PUBLISHED,
    publishedAt: now,
    ...defaultRubricContent(purpose),
  });
}

/** Every local authority starts with the default rubric, published, so its first cycle can begin at once. Returns that version. */
export function installDefaultRubric(em: EntityManager, localAuthorityId: string, now = new Date()): RubricVersion {
  return installShippedRubric(em, localAuthorityId, RubricPurpose.EHCP_AUDIT, now);
}

/** Removes every rubric of an authority (the shipped ones of every purpose), versions first. */
export async function removeRubrics(em: EntityManager, localAuthorityId: string): Promise<void> {
  em.remove(await em.find(RubricVersion, { localAuthority: localAuthorityId }));
  em.remove(await em.find(Rubric, { localAuthority: localAuthorityId }));
}
