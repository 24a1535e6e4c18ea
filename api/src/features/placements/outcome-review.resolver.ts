import { Length } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { OutcomeJudgement } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { monitoringVisits, reviewedOutcome } from './monitoring-visit.resolver.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { PLACEMENT_WRITERS } from './provider.resolver.js';

@InputType()
export class OutcomeReviewFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ID, { nullable: true }) visitId?: string;
  @Field(() => ID, { nullable: true }) outcomeId?: string;
  @Field(() => OutcomeJudgement, { nullable: true }) judgement?: OutcomeJudgement;
}

@ArgsType()
class CreateOutcomeReviewArgs {
  @Field(() => ID) visitId!: string;
  @Field(() => ID) outcomeId!: string;
  @Field(() => OutcomeJudgement) judgement!: OutcomeJudgement;
  @Field(() => String) @Length(1, 4000) evidence!: string;
}

@ArgsType()
class UpdateOutcomeReviewArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => OutcomeJudgement, { nullable: true }) @IfPresent() judgement?: OutcomeJudgement;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) evidence?: string;
}

export const outcomeReviews: ResourceDefinition<OutcomeReview, OutcomeReviewFilter> = {
  entity: OutcomeReview,
  name: 'OutcomeReview',
  plural: 'OutcomeReviews',
  filter: OutcomeReviewFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: PLACEMENT_WRITERS,
  sortFields: { reviewDate: 'reviewDate', judgement: 'judgement' },
  defaultSort: { field: 'reviewDate', order: SortOrder.DESC },
};

class OutcomeReviewService extends ResourceService<OutcomeReview, OutcomeReviewFilter> {
  async create({ visitId, outcomeId, ...values }: CreateOutcomeReviewArgs): Promise<OutcomeReview> {
    const visit = await new ResourceService(this.ctx, monitoringVisits).get(visitId);
    const errors = new FieldErrors();
    const outcome = await reviewedOutcome(this as never, visit, outcomeId, 'outcomeId', errors);
    errors.throwIfAny();
    return this.createRecord(visit.localAuthority.id, { ...values, visit, outcome: outcome!, reviewDate: visit.visitDate });
  }
}

const service = (ctx: Context) => new OutcomeReviewService(ctx, outcomeReviews);

@Resolver(() => OutcomeReview)
export class OutcomeReviewResolver extends LocalAuthorityResourceResolver(outcomeReviews, service) {
  @Authorized(outcomeReviews.writeRoles)
  @Mutation(() => OutcomeReview)
  createOutcomeReview(@Args(() => CreateOutcomeReviewArgs) args: CreateOutcomeReviewArgs, @Ctx() ctx: Context): Promise<OutcomeReview> {
    return service(ctx).create(args);
  }

  @Authorized(outcomeReviews.writeRoles)
  @Mutation(() => OutcomeReview)
  updateOutcomeReview(@Args(() => UpdateOutcomeReviewArgs) args: UpdateOutcomeReviewArgs, @Ctx() ctx: Context): Promise<OutcomeReview> {
    return service(ctx).updateRecord(args);
  }

  @FieldResolver(() => MonitoringVisit)
  visit(@Root() review: OutcomeReview): Promise<MonitoringVisit> {
    return review.visit.loadOrFail();
  }

  @FieldResolver(() => CommissionedOutcome)
  outcome(@Root() review: OutcomeReview): Promise<CommissionedOutcome> {
    return review.outcome.loadOrFail();
  }
}
