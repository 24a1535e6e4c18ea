import { IsNotEmpty, IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { hasAnyRole } from '../../core/auth/auth-user.js';
import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors, ForbiddenError } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { AnnualReviewDecision } from './enums.js';
import { checkAnnualReview } from './rules.js';
import { AnnualReview } from './annual-review.entity.js';
import { Plan } from '../people/index.js';
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
  @Field(() => AnnualReviewDecision, { nullable: true }) decision?: AnnualReviewDecision | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) ceaseReason?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) amendmentNoticeOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) amendedPlanOn?: string | null;
  @Field(() => Boolean, { nullable: true }) healthCheckDiscussed?: boolean | null;
}

@ArgsType()
class UpdateAnnualReviewArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() meetingDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) decisionDate?: string | null;
  @Field(() => AnnualReviewDecision, { nullable: true }) decision?: AnnualReviewDecision | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) ceaseReason?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) amendmentNoticeOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) amendedPlanOn?: string | null;
  @Field(() => Boolean, { nullable: true }) healthCheckDiscussed?: boolean | null;
}

/** The council's decision and an amendment's steps are casework; the DCO records the meeting and the health check. */
const CASEWORK_STEPS = ['decisionDate', 'decision', 'ceaseReason', 'amendmentNoticeOn', 'amendedPlanOn'] as const;

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

class AnnualReviewService extends ResourceService<AnnualReview, AnnualReviewFilter> {
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
    return service(ctx).update(args);
  }
}
