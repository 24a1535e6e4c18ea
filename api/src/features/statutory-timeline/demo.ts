import type { EntityManager } from '@mikro-orm/postgresql';
import type { SyntheticData } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { AnnualReview } from '../people/annual-review.entity.js';
import { AssessmentRequest } from './assessment-request.entity.js';

/**
 * Loads the generated statutory timeline: an assessment record for every plan, the requests that ended
 * without one, plans transferred in, and every annual review with its decision and amendment.
 */
export async function loadTimelineDemo(em: EntityManager, data: SyntheticData, stamp: { version: number; createdAt: Date; updatedAt: Date }): Promise<void> {
  await bulkInsert(
    em,
    AssessmentRequest,
    data.assessmentRequests.map(({ localAuthorityId, childId, planId, teamId, ...request }) => ({
      ...request,
      ...stamp,
      localAuthority: localAuthorityId,
      child: childId,
      plan: planId,
      team: teamId,
    })),
  );
  await bulkInsert(em, AnnualReview, data.annualReviews.map(({ localAuthorityId, planId, ...review }) => ({ ...review, ...stamp, localAuthority: localAuthorityId, plan: planId })));
  // The rest of the load computes figures from these tables inside the same transaction: give the planner their sizes.
  await em.execute('analyze child, plan, assessment_request, annual_review');
}
