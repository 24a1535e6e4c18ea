import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import type { FieldErrors } from '../../core/graphql/errors.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import type { OutcomeReview } from './outcome-review.entity.js';
import type { Placement } from './placement.entity.js';

/**
 * An outcome is reviewed only on its own placement: the outcome named must be one commissioned for
 * that placement. Returns it, or records the broken rule under `field`.
 */
export async function outcomeOfPlacement(em: EntityManager, placement: Placement, outcomeId: string, field: string, errors: FieldErrors): Promise<CommissionedOutcome | null> {
  const outcome = isUUID(outcomeId) ? await em.findOne(CommissionedOutcome, { id: outcomeId, localAuthority: placement.localAuthority.id }) : null;
  if (!outcome) {
    errors.add(field, 'exists', 'does not refer to a commissioned outcome you can use');
    return null;
  }
  if (outcome.placement.id !== placement.id) {
    errors.add(field, 'samePlacement', 'must be an outcome commissioned for this placement');
    return null;
  }
  return outcome;
}

/** The most recent review of an outcome; the later-recorded one where two share a date. */
export function latestReview(reviews: OutcomeReview[]): OutcomeReview | null {
  return reviews.reduce<OutcomeReview | null>(
    (latest, review) =>
      !latest || review.reviewedOn > latest.reviewedOn || (review.reviewedOn === latest.reviewedOn && review.createdAt > latest.createdAt) ? review : latest,
    null,
  );
}
