import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { OutcomeProgress } from './enums.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { Placement } from './placement.entity.js';
import { placements } from './placement.resolver.js';
import { COMMISSIONERS } from './provider.rules.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class CommissionedOutcomeFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => LocalDateResolver, { nullable: true }) targetDate_lte?: string;
}

@ArgsType()
class CreateCommissionedOutcomeArgs {
  @Field(() => UUID) placementId!: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 20) planReference?: string | null;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => LocalDateResolver) targetDate!: string;
}

@ArgsType()
class UpdateCommissionedOutcomeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 20) planReference?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() targetDate?: string;
}

export const commissionedOutcomes: ResourceDefinition<CommissionedOutcome, CommissionedOutcomeFilter> = {
  entity: CommissionedOutcome,
  name: 'CommissionedOutcome',
  plural: 'CommissionedOutcomes',
  filter: CommissionedOutcomeFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { targetDate: 'targetDate', planReference: 'planReference' },
  defaultSort: { field: 'targetDate', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
};

function checkTargetDate(outcome: { targetDate: string }, placement: Placement): void {
  new FieldErrors().check(outcome.targetDate > placement.startDate, 'targetDate', 'afterStartDate', 'must be after the placement starts').throwIfAny();
}

class CommissionedOutcomeService extends ResourceService<CommissionedOutcome, CommissionedOutcomeFilter> {
  async create({ placementId, ...values }: CreateCommissionedOutcomeArgs): Promise<CommissionedOutcome> {
    const placement = await new ResourceService(this.ctx, placements).get(placementId);
    checkTargetDate(values, placement);
    return this.createRecord(placement.localAuthority.id, { ...values, placement });
  }

  update(args: UpdateCommissionedOutcomeArgs): Promise<CommissionedOutcome> {
    return this.updateRecord(args, async (outcome) => checkTargetDate(outcome, await outcome.placement.loadOrFail()));
  }
}

const service = (ctx: Context) => new CommissionedOutcomeService(ctx, commissionedOutcomes);

/** The most recent review of an outcome; the later-recorded one where two share a date. */
export function latestReview(reviews: OutcomeReview[]): OutcomeReview | null {
  return reviews.reduce<OutcomeReview | null>(
    (latest, review) =>
      !latest || review.reviewedOn > latest.reviewedOn || (review.reviewedOn === latest.reviewedOn && review.createdAt > latest.createdAt) ? review : latest,
    null,
  );
}

@Resolver(() => CommissionedOutcome)
export class CommissionedOutcomeResolver extends LocalAuthorityResourceResolver(commissionedOutcomes) {
  @Authorized(commissionedOutcomes.writeRoles)
  @Mutation(() => CommissionedOutcome)
  createCommissionedOutcome(@Args(() => CreateCommissionedOutcomeArgs) args: CreateCommissionedOutcomeArgs, @Ctx() ctx: Context): Promise<CommissionedOutcome> {
    return service(ctx).create(args);
  }

  @Authorized(commissionedOutcomes.writeRoles)
  @Mutation(() => CommissionedOutcome)
  updateCommissionedOutcome(@Args(() => UpdateCommissionedOutcomeArgs) args: UpdateCommissionedOutcomeArgs, @Ctx() ctx: Context): Promise<CommissionedOutcome> {
    return service(ctx).update(args);
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
