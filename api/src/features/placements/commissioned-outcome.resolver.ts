import { LocalDateResolver } from 'graphql-scalars';
import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { CreateCommissionedOutcomeArgs, UpdateCommissionedOutcomeArgs } from './commissioned-outcome.inputs.js';
import { commissionedOutcomes } from './commissioned-outcome.resource.js';
import { commissionedOutcomeService } from './commissioned-outcome.service.js';
import { OutcomeProgress } from './enums.js';
import { latestReview } from './outcome-review.rules.js';

@Resolver(() => CommissionedOutcome)
export class CommissionedOutcomeResolver extends LocalAuthorityResourceResolver(commissionedOutcomes) {
  @Authorized(commissionedOutcomes.writeRoles)
  @Mutation(() => CommissionedOutcome)
  createCommissionedOutcome(@Args(() => CreateCommissionedOutcomeArgs) args: CreateCommissionedOutcomeArgs, @Ctx() ctx: Context): Promise<CommissionedOutcome> {
    return commissionedOutcomeService(ctx).create(args);
  }

  @Authorized(commissionedOutcomes.writeRoles)
  @Mutation(() => CommissionedOutcome)
  updateCommissionedOutcome(@Args(() => UpdateCommissionedOutcomeArgs) args: UpdateCommissionedOutcomeArgs, @Ctx() ctx: Context): Promise<CommissionedOutcome> {
    return commissionedOutcomeService(ctx).update(args);
  }

  @FieldResolver(() => OutcomeProgress, { nullable: true, description: 'Where the latest review put it; empty until reviewed' })
  async latestProgress(@Root() outcome: CommissionedOutcome, @Ctx() ctx: Context): Promise<OutcomeProgress | null> {
    return latestReview(await relations(ctx).collection(outcome.reviews))?.progress ?? null;
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true })
  async lastReviewedOn(@Root() outcome: CommissionedOutcome, @Ctx() ctx: Context): Promise<string | null> {
    return latestReview(await relations(ctx).collection(outcome.reviews))?.reviewedOn ?? null;
  }
}
