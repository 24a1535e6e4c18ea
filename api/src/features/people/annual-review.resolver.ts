import { IsNotEmpty } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { AnnualReview } from './annual-review.entity.js';
import { Plan } from './plan.entity.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class AnnualReviewFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => LocalDateResolver, { nullable: true }) meetingDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) meetingDate_lte?: string;
}

@ArgsType()
class CreateAnnualReviewArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => LocalDateResolver) meetingDate!: string;
  @Field(() => LocalDateResolver, { nullable: true }) decisionDate?: string | null;
  @Field(() => Boolean, { nullable: true }) healthCheckDiscussed?: boolean | null;
}

@ArgsType()
class UpdateAnnualReviewArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() meetingDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) decisionDate?: string | null;
  @Field(() => Boolean, { nullable: true }) healthCheckDiscussed?: boolean | null;
}

export const annualReviews: ResourceDefinition<AnnualReview, AnnualReviewFilter> = {
  entity: AnnualReview,
  name: 'AnnualReview',
  plural: 'AnnualReviews',
  filter: AnnualReviewFilter,
  tenancy: 'owned',
  readRoles: [],
  // The DCO records whether the annual health check was discussed.
  writeRoles: [...CASEWORK_EDITORS, Role.DCO],
  sortFields: { meetingDate: 'meetingDate', decisionDate: 'decisionDate', caseReference: 'plan.child.caseReference' },
  defaultSort: { field: 'meetingDate', order: SortOrder.DESC },
};

function checkDates(review: Pick<AnnualReview, 'meetingDate' | 'decisionDate'>, errors = new FieldErrors()): void {
  errors
    .check(!review.decisionDate || review.decisionDate >= review.meetingDate, 'decisionDate', 'notBeforeMeetingDate', 'the decision cannot come before the meeting')
    .throwIfAny();
}

class AnnualReviewService extends ResourceService<AnnualReview, AnnualReviewFilter> {
  async create({ planId, ...values }: CreateAnnualReviewArgs): Promise<AnnualReview> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    errors.throwIfAny();
    checkDates(values);
    return this.createRecord(plan!.localAuthority.id, { ...values, plan: plan! });
  }
}

const service = (ctx: Context) => new AnnualReviewService(ctx, annualReviews);

@Resolver(() => AnnualReview)
export class AnnualReviewResolver extends LocalAuthorityResourceResolver(annualReviews, service) {
  @Authorized(annualReviews.writeRoles)
  @Mutation(() => AnnualReview)
  createAnnualReview(@Args(() => CreateAnnualReviewArgs) args: CreateAnnualReviewArgs, @Ctx() ctx: Context): Promise<AnnualReview> {
    return service(ctx).create(args);
  }

  @Authorized(annualReviews.writeRoles)
  @Mutation(() => AnnualReview)
  updateAnnualReview(@Args(() => UpdateAnnualReviewArgs) args: UpdateAnnualReviewArgs, @Ctx() ctx: Context): Promise<AnnualReview> {
    return service(ctx).updateRecord(args, (review) => checkDates(review));
  }
}
