import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import type { CommissionedOutcomeFilter, CreateCommissionedOutcomeArgs, UpdateCommissionedOutcomeArgs } from './commissioned-outcome.inputs.js';
import { commissionedOutcomes } from './commissioned-outcome.resource.js';
import type { Placement } from './placement.entity.js';
import { placements } from './placement.resource.js';

function checkTargetDate(outcome: { targetDate: string }, placement: Placement): void {
  new FieldErrors().check(outcome.targetDate > placement.startDate, 'targetDate', 'afterStartDate', 'must be after the placement starts').throwIfAny();
}

export class CommissionedOutcomeService extends ResourceService<CommissionedOutcome, CommissionedOutcomeFilter> {
  async create({ placementId, ...values }: CreateCommissionedOutcomeArgs): Promise<CommissionedOutcome> {
    const placement = await new ResourceService(this.ctx, placements).get(placementId);
    checkTargetDate(values, placement);
    return this.createRecord(placement.localAuthority.id, { ...values, placement });
  }

  update(args: UpdateCommissionedOutcomeArgs): Promise<CommissionedOutcome> {
    return this.updateRecord(args, async (outcome) => checkTargetDate(outcome, await outcome.placement.loadOrFail()));
  }
}

export const commissionedOutcomeService = (ctx: Context) => new CommissionedOutcomeService(ctx, commissionedOutcomes);
