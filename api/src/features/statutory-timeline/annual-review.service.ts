import { hasAnyRole } from '../../core/auth/auth-user.js';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors, ForbiddenError } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Plan } from '../people/index.js';
import type { AnnualReview } from './annual-review.entity.js';
import type { AnnualReviewFilter, CreateAnnualReviewArgs, UpdateAnnualReviewArgs } from './annual-review.inputs.js';
import { annualReviews } from './annual-review.resource.js';
import { checkAnnualReview } from './rules.js';

/** The council's decision and an amendment's steps are casework; the DCO records the meeting and the health check. */
const CASEWORK_STEPS = ['decisionDate', 'decision', 'ceaseReason', 'amendmentNoticeOn', 'amendedPlanOn'] as const;

export class AnnualReviewService extends ResourceService<AnnualReview, AnnualReviewFilter> {
  private assertMayRecord(args: object): void {
    const given = CASEWORK_STEPS.filter((field) => (args as Record<string, unknown>)[field] !== undefined);
    if (given.length > 0 && !hasAnyRole(this.user, CASEWORK_EDITORS)) {
      throw new ForbiddenError(`Only QA officers and admins record the council's decision and amendments (${given.join(', ')})`);
    }
  }

  async create({ planId, ...values }: CreateAnnualReviewArgs): Promise<AnnualReview> {
    this.assertMayRecord(values);
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    errors.throwIfAny();
    checkAnnualReview(values, { today: today(), planIssuedOn: plan!.issueDate ?? null }).throwIfAny();
    return this.createRecord(plan!.localAuthority.id, { ...values, plan: plan! });
  }

  update(args: UpdateAnnualReviewArgs): Promise<AnnualReview> {
    this.assertMayRecord(args);
    return this.updateRecord(args, async (review) => {
      const plan = await review.plan.loadOrFail();
      checkAnnualReview(review, { today: today(), planIssuedOn: plan.issueDate ?? null }).throwIfAny();
    });
  }
}

export const annualReviewService = (ctx: Context) => new AnnualReviewService(ctx, annualReviews);
