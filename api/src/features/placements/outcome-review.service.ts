import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { VisitStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import type { OutcomeReview } from './outcome-review.entity.js';
import type { CreateOutcomeReviewArgs, OutcomeReviewFilter } from './outcome-review.inputs.js';
import { outcomeReviews } from './outcome-review.resource.js';
import { outcomeOfPlacement } from './outcome-review.rules.js';
import { placements } from './placement.resource.js';

export class OutcomeReviewService extends ResourceService<OutcomeReview, OutcomeReviewFilter> {
  async create({ placementId, commissionedOutcomeId, visitId, ...values }: CreateOutcomeReviewArgs): Promise<OutcomeReview> {
    const placement = await new ResourceService(this.ctx, placements).get(placementId);
    const errors = new FieldErrors();
    const outcome = await outcomeOfPlacement(this.em, placement, commissionedOutcomeId, 'commissionedOutcomeId', errors);
    const visit = await this.related(MonitoringVisit, 'visitId', visitId, placement.localAuthority.id, errors);
    if (visit) {
      errors
        .check(visit.placement.id === placement.id, 'visitId', 'samePlacement', 'must be a visit to this placement')
        .check(visit.status === VisitStatus.COMPLETED, 'visitId', 'completedVisit', 'must be a completed visit');
    }
    errors
      .check(values.reviewedOn <= today(), 'reviewedOn', 'notInFuture', 'must not be in the future')
      .check(values.reviewedOn >= placement.startDate, 'reviewedOn', 'notBeforeStartDate', 'must not be before the placement started')
      .throwIfAny();
    return this.createRecord(placement.localAuthority.id, { ...values, outcome: outcome!, visit });
  }
}

export const outcomeReviewService = (ctx: Context) => new OutcomeReviewService(ctx, outcomeReviews);
