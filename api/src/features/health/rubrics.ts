import type { EntityManager } from '@mikro-orm/postgresql';
import { installShippedRubric, RubricPurpose, type RubricVersion } from '../ehcp-audits/index.js';

/** Every local authority starts with the shipped health-advice and deep-dive rubrics, published. */
export function installHealthRubrics(em: EntityManager, localAuthorityId: string, now = new Date()): { advice: RubricVersion; deepDive: RubricVersion } {
  return {
    advice: installShippedRubric(em, localAuthorityId, RubricPurpose.HEALTH_ADVICE, now),
    deepDive: installShippedRubric(em, localAuthorityId, RubricPurpose.HEALTH_DEEP_DIVE, now),
  };
}
