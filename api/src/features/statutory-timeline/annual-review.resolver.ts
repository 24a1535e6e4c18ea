import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { AnnualReview } from './annual-review.entity.js';
import { CreateAnnualReviewArgs, UpdateAnnualReviewArgs } from './annual-review.inputs.js';
import { annualReviews } from './annual-review.resource.js';
import { annualReviewService } from './annual-review.service.js';

@Resolver(() => AnnualReview)
export class AnnualReviewResolver extends LocalAuthorityResourceResolver(annualReviews, annualReviewService) {
  @Authorized(annualReviews.writeRoles)
  @Mutation(() => AnnualReview)
  createAnnualReview(@Args(() => CreateAnnualReviewArgs) args: CreateAnnualReviewArgs, @Ctx() ctx: Context): Promise<AnnualReview> {
    return annualReviewService(ctx).create(args);
  }

  @Authorized(annualReviews.writeRoles)
  @Mutation(() => AnnualReview)
  updateAnnualReview(@Args(() => UpdateAnnualReviewArgs) args: UpdateAnnualReviewArgs, @Ctx() ctx: Context): Promise<AnnualReview> {
    return annualReviewService(ctx).update(args);
  }
}
