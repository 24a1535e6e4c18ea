import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { ReadOnlyResourceResolver } from '../../core/graphql/resource.resolver.js';
import { CreatePartTimeReviewArgs } from './review.inputs.js';
import { partTimeReviews } from './review.resource.js';
import { partTimeReviewService } from './review.service.js';
import { PartTimeReview } from './timetable.entity.js';

@Resolver(() => PartTimeReview)
export class PartTimeReviewResolver extends ReadOnlyResourceResolver(partTimeReviews, partTimeReviewService) {
  @Authorized(partTimeReviews.writeRoles)
  @Mutation(() => PartTimeReview)
  createPartTimeReview(@Args(() => CreatePartTimeReviewArgs) args: CreatePartTimeReviewArgs, @Ctx() ctx: Context): Promise<PartTimeReview> {
    return partTimeReviewService(ctx).create(args);
  }
}
