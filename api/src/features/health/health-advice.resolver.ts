import { IsNotEmpty, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { addDays, today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { type AuditSection, CriterionJudgementInput, RubricPurpose, RubricStatus, RubricVersion, suggestedGrade, unfinishedSections, withSection } from '../ehcp-audits/index.js';
import { AnnualReview } from '../statutory-timeline/index.js';
import { TeamKind, Plan, Team } from '../people/index.js';
import { ADVICE_DUE_DAYS, BEFORE_MEETING_DAYS, checkAdvice, isOnTime } from './advice-rules.js';
import { AdviceOccasion, HealthAdvice } from './health-advice.entity.js';
import { HEALTH_READERS, HEALTH_WRITERS } from './roles.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class HealthAdviceFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => AdviceOccasion, { nullable: true }) occasion?: AdviceOccasion;
  @Field(() => Boolean, { nullable: true, description: 'Received advice the DCO has not reviewed yet' }) awaitingReview?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Not received, and past its due date' }) overdue?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn_lte?: string;
}

@ArgsType()
class CreateHealthAdviceArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => UUID, { description: 'The health service asked: a team of kind HEALTH' }) teamId!: string;
  @Field(() => AdviceOccasion, { nullable: true, description: 'ASSESSMENT unless an annual review is named' }) occasion?: AdviceOccasion | null;
  @Field(() => UUID, { nullable: true, description: 'The annual review the advice is for' }) annualReviewId?: string | null;
  @Field(() => LocalDateResolver) requestedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) noAdvice?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) noAdviceReason?: string | null;
}

@ArgsType()
class UpdateHealthAdviceArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() requestedOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dueOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsNotEmpty() noAdvice?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) noAdviceReason?: string | null;
}

@InputType()
class AdviceReviewSectionInput {
  @Field(() => String, { description: 'A section of the health-advice rubric' }) @Length(1, 10) code!: string;
  @Field(() => Int, { nullable: true, description: 'Only for rubrics graded by judgement' }) @IsOptional() @Min(1) @Max(4) grade?: number | null;
  @Field(() => String, { defaultValue: '' }) @Length(0, 20_000) evidence!: string;
  @Field(() => [CriterionJudgementInput]) @ValidateNested() judgements!: CriterionJudgementInput[];
}

@ArgsType()
class ReviewHealthAdviceArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => [AdviceReviewSectionInput]) @ValidateNested() sections!: AdviceReviewSectionInput[];
  @Field(() => String, { description: 'Feedback for the service' }) @Length(0, 20_000) feedback!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Today unless given' }) reviewedOn?: string | null;
}

export const healthAdvice: ResourceDefinition<HealthAdvice, HealthAdviceFilter> = {
  entity: HealthAdvice,
  name: 'HealthAdvice',
  // As the admin's data provider (the `pluralize` package) spells it.
  plural: 'HealthAdvices',
  filter: HealthAdviceFilter,
  tenancy: 'owned',
  readRoles: HEALTH_READERS,
  writeRoles: HEALTH_WRITERS,
  sortFields: {
    requestedOn: 'requestedOn',
    dueOn: 'dueOn',
    receivedOn: 'receivedOn',
    reviewGrade: 'reviewGrade',
    team: 'team.name',
    caseReference: 'plan.child.caseReference',
  },
  defaultSort: { field: 'dueOn', order: SortOrder.DESC },
  search: (q) => ({ plan: { child: { caseReference: { $ilike: `${q}%` } } } }),
  filterFields: {
    awaitingReview: (awaiting: boolean) =>
      awaiting ? { receivedOn: { $ne: null }, noAdvice: false, reviewGrade: null } : { $or: [{ receivedOn: null }, { noAdvice: true }, { reviewGrade: { $ne: null } }] },
    overdue: (overdue: boolean) =>
      overdue ? { receivedOn: null, dueOn: { $lt: today() } } : { $or: [{ receivedOn: { $ne: null } }, { dueOn: { $gte: today() } }] },
  },
};

class HealthAdviceService extends ResourceService<HealthAdvice, HealthAdviceFilter> {
  async create({ planId, teamId, annualReviewId, occasion, dueOn, noAdvice, ...values }: CreateHealthAdviceArgs): Promise<HealthAdvice> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    const localAuthorityId = plan?.localAuthority.id ?? '';
    const team = plan ? await this.related(Team, 'teamId', teamId, localAuthorityId, errors) : null;
    errors.check(team === null || team.kind === TeamKind.HEALTH, 'teamId', 'healthTeam', 'must be a health service (a team of kind HEALTH)');
    const review = plan ? await this.related(AnnualReview, 'annualReviewId', annualReviewId, localAuthorityId, errors) : null;
    errors
      .check(review === null || review.plan.id === plan?.id, 'annualReviewId', 'samePlan', "must be an annual review of the same plan")
      .check(review === null || (occasion ?? AdviceOccasion.ANNUAL_REVIEW) === AdviceOccasion.ANNUAL_REVIEW, 'occasion', 'annualReview', 'advice for an annual review has the occasion ANNUAL_REVIEW')
      .throwIfAny();
    const record = {
      ...values,
      occasion: occasion ?? (review ? AdviceOccasion.ANNUAL_REVIEW : AdviceOccasion.ASSESSMENT),
      annualReview: review,
      dueOn: dueOn ?? (review ? addDays(review.meetingDate, -BEFORE_MEETING_DAYS) : addDays(values.requestedOn, ADVICE_DUE_DAYS)),
      noAdvice: noAdvice ?? false,
      plan: plan!,
      team: team!,
    };
    checkAdvice(record).throwIfAny();
    return this.createRecord(localAuthorityId, record);
  }

  update(args: UpdateHealthAdviceArgs): Promise<HealthAdvice> {
    return this.updateRecord(args, (advice) => checkAdvice(advice).throwIfAny());
  }

  /**
   * The DCO's quality review against the authority's published health-advice rubric, scored by the same
   * rules as an audit: every section judged, the grade computed (or judged) as the rubric says.
   */
  review({ sections, feedback, reviewedOn, ...args }: ReviewHealthAdviceArgs): Promise<HealthAdvice> {
    return this.updateRecord(args, async (advice) => {
      const errors = new FieldErrors()
        .check(Boolean(advice.receivedOn) && !advice.noAdvice, 'id', 'received', 'only advice that has arrived can be reviewed')
        .check(!reviewedOn || !advice.receivedOn || reviewedOn >= advice.receivedOn, 'reviewedOn', 'notBeforeReceivedOn', 'advice cannot be reviewed before it arrived');
      const rubric = advice.reviewRubricVersion
        ? await advice.reviewRubricVersion.loadOrFail()
        : await this.em.findOne(
            RubricVersion,
            { localAuthority: advice.localAuthority.id, status: RubricStatus.PUBLISHED, rubric: { purpose: RubricPurpose.HEALTH_ADVICE } },
            { orderBy: { publishedAt: 'desc', number: 'desc' } },
          );
      errors.check(rubric !== null, 'id', 'healthAdviceRubric', 'this local authority has no published health-advice rubric').throwIfAny();
      let scored: AuditSection[] = [];
      for (const section of sections) {
        scored = withSection(rubric!, scored, { ...section, judgements: section.judgements.map(({ key, judgement }) => ({ key, judgement })) }, errors);
      }
      const unfinished = unfinishedSections(rubric!, scored);
      errors.check(unfinished.length === 0, 'sections', 'allSectionsScored', `still to score: ${unfinished.join(', ')}`).throwIfAny();
      this.em.assign(advice, {
        reviewRubricVersion: rubric,
        review: scored,
        reviewGrade: suggestedGrade(rubric!, scored),
        reviewFeedback: feedback,
        reviewedOn: reviewedOn ?? today(),
        reviewedBy: this.em.getReference(User, this.user.id),
      });
    });
  }
}

const service = (ctx: Context) => new HealthAdviceService(ctx, healthAdvice);

@Resolver(() => HealthAdvice)
export class HealthAdviceResolver extends LocalAuthorityResourceResolver(healthAdvice, service) {
  @Authorized(healthAdvice.writeRoles)
  @Mutation(() => HealthAdvice, { description: 'Record a request for health advice (and, if it has come, its reply)' })
  createHealthAdvice(@Args(() => CreateHealthAdviceArgs) args: CreateHealthAdviceArgs, @Ctx() ctx: Context): Promise<HealthAdvice> {
    return service(ctx).create(args);
  }

  @Authorized(healthAdvice.writeRoles)
  @Mutation(() => HealthAdvice)
  updateHealthAdvice(@Args(() => UpdateHealthAdviceArgs) args: UpdateHealthAdviceArgs, @Ctx() ctx: Context): Promise<HealthAdvice> {
    return service(ctx).update(args);
  }

  @Authorized(healthAdvice.writeRoles)
  @Mutation(() => HealthAdvice, { description: 'Grade received advice against the health-advice rubric, with feedback for the service' })
  reviewHealthAdvice(@Args(() => ReviewHealthAdviceArgs) args: ReviewHealthAdviceArgs, @Ctx() ctx: Context): Promise<HealthAdvice> {
    return service(ctx).review(args);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Received by its due date; null while it may still arrive on time' })
  onTime(@Root() advice: HealthAdvice): boolean | null {
    return isOnTime(advice);
  }
}
