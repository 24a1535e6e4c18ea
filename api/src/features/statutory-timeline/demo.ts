import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_ADVICE_RUBRIC, generateAgencyAdvice, type SyntheticAdviceReview } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import type { DemoContext } from '../../core/feature.js';
import { generatedSections, installShippedRubric, RubricPurpose, suggestedGrade, type RubricVersion } from '../ehcp-audits/index.js';
import { AdviceRequest } from './advice-request.entity.js';
import { AnnualReview } from './annual-review.entity.js';
import { AssessmentRequest } from './assessment-request.entity.js';

const DEMO_REVIEWER = 'qa@example.org';

/**
 * Loads the generated statutory timeline: an assessment record for every plan, the requests that ended
 * without one, plans transferred in, and every annual review with its decision and amendment; with the
 * advice history (as the health history, unless left out), the other agencies' advice and the QA
 * officer's reviews of it against each authority's agency-advice rubric.
 */
export async function loadTimelineDemo(em: EntityManager, demo: DemoContext): Promise<void> {
  const { data, stamp, options, users, now } = demo;
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
  if (options.healthHistory ?? options.auditHistory ?? true) {
    const rubrics = new Map(data.localAuthorities.map((la) => [la.id, installAdviceRubric(em, la.id, now)]));
    await em.flush();
    const reviewer = users.get(DEMO_REVIEWER)?.id;
    if (!reviewer) throw new Error(`demo user ${DEMO_REVIEWER} is missing`);
    await bulkInsert(
      em,
      AdviceRequest,
      generateAgencyAdvice(data, { seed: options.seed, asOf: options.asOf, rubric: AGENCY_ADVICE_RUBRIC }).map((advice) =>
        generatedAdvice({ ...advice, annualReviewId: null }, rubrics.get(advice.localAuthorityId)!, reviewer, stamp),
      ),
    );
  }
  // The rest of the load computes figures from these tables inside the same transaction: give the planner their sizes.
  await em.execute('analyze child, plan, assessment_request, annual_review');
}

/** Every local authority starts with the shipped agency-advice rubric, published, for the QA officer's reviews of advice. */
export function installAdviceRubric(em: EntityManager, localAuthorityId: string, now = new Date()) {
  return installShippedRubric(em, localAuthorityId, RubricPurpose.AGENCY_ADVICE, now);
}

/**
 * A generated piece of advice as its row, its review (if any) graded against the rubric version given
 * and recorded by the reviewer given: the timeline's advice and health's history both load theirs so.
 */
export function generatedAdvice<T extends { localAuthorityId: string; planId: string; teamId: string; annualReviewId: string | null; review: SyntheticAdviceReview | null }>(
  { localAuthorityId, planId, teamId, annualReviewId, review, ...advice }: T,
  version: RubricVersion,
  reviewer: string,
  stamp: DemoContext['stamp'],
) {
  const sections = review ? generatedSections(version, review.sections) : [];
  return {
    ...advice,
    ...stamp,
    localAuthority: localAuthorityId,
    plan: planId,
    team: teamId,
    annualReview: annualReviewId,
    reviewRubricVersion: review ? version.id : null,
    review: sections,
    reviewGrade: review ? suggestedGrade(version, sections) : null,
    reviewFeedback: review?.feedback ?? null,
    reviewedOn: review?.reviewedOn ?? null,
    reviewedBy: review ? reviewer : null,
  };
}
