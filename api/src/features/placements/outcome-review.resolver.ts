import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { CreateOutcomeReviewArgs, UpdateOutcomeReviewArgs } from './outcome-review.inputs.js';
import { outcomeReviews } from './outcome-review.resource.js';
import { outcomeReviewService } from './outcome-review.service.js';

@Resolver(() => OutcomeReview)
export class OutcomeReviewResolver extends LocalAuthorityResourceResolver(outcomeReviews) {
  @Authorized(outcomeReviews.writeRoles)
  @Mutation(() => OutcomeReview)
  createOutcomeReview(@Args(() => CreateOutcomeReviewArgs) args: CreateOutcomeReviewArgs, @Ctx() ctx: Context): Promise<OutcomeReview> {
    return outcomeReviewService(ctx).create(args);
  }

  @Authorized(outcomeReviews.writeRoles)
  @Mutation(() => OutcomeReview)
  updateOutcomeReview(@Args(() => UpdateOutcomeReviewArgs) args: UpdateOutcomeReviewArgs, @Ctx() ctx: Context): Promise<OutcomeReview> {
    return outcomeReviewService(ctx).updateRecord(args);
  }
}
