import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { OutcomeProgress, VisitStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { outcomeOfPlacement } from './outcome-review.rules.js';
import { placements } from './placement.resolver.js';
import { COMMISSIONERS } from './provider.rules.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class OutcomeReviewFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) outcomeId?: string;
  @Field(() => UUID, { nullable: true }) visitId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => OutcomeProgress, { nullable: true }) progress?: OutcomeProgress;
}

@ArgsType()
class CreateOutcomeReviewArgs {
  @Field(() => UUID) placementId!: string;
  @Field(() => UUID) commissionedOutcomeId!: string;
  @Field(() => UUID, { nullable: true, description: 'The monitoring visit it was reviewed at, if any' }) visitId?: string | null;
  @Field(() => LocalDateResolver) reviewedOn!: string;
  @Field(() => OutcomeProgress) progress!: OutcomeProgress;
  @Field(() => String) @Length(1, 4000) evidence!: string;
}

@ArgsType()
class UpdateOutcomeReviewArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => OutcomeProgress, { nullable: true }) @IfPresent() @IsNotEmpty() progress?: OutcomeProgress;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) evidence?: string;
}

export const outcomeReviews: ResourceDefinition<OutcomeReview, OutcomeReviewFilter> = {
  entity: OutcomeReview,
  name: 'OutcomeReview',
  plural: 'OutcomeReviews',
  filter: OutcomeReviewFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { reviewedOn: 'reviewedOn', progress: 'progress' },
  defaultSort: { field: 'reviewedOn', order: SortOrder.DESC },
  search: (q) => ({ evidence: { $ilike: `%${q}%` } }),
  filterFields: { placementId: (id: string) => ({ outcome: { placement: id } }) },
};

class OutcomeReviewService extends ResourceService<OutcomeReview, OutcomeReviewFilter> {
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

const service = (ctx: Context) => new OutcomeReviewService(ctx, outcomeReviews);

@Resolver(() => OutcomeReview)
export class OutcomeReviewResolver extends LocalAuthorityResourceResolver(outcomeReviews) {
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
}
