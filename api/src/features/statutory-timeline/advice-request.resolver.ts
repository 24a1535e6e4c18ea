import { IsNotEmpty, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { User } from '../../core/auth/user.entity.js';
import { addDays, addMonths, daysBetween, today } from '../../core/dates.js';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { type AuditSection, CriterionJudgementInput, RubricPurpose, RubricStatus, RubricVersion, suggestedGrade, unfinishedSections, withSection } from '../ehcp-audits/index.js';
import { Plan, Team, TeamKind } from '../people/index.js';
import { AdviceFigures, adviceFigures } from './advice-figures.js';
import { AdviceRequest } from './advice-request.entity.js';
import { AnnualReview } from './annual-review.entity.js';
import { AdviceOccasion, StepStatus, TimescaleException } from './enums.js';
import { adviceDueOn, adviceOnTime, adviceStep, checkAdvice, statuses } from './rules.js';

@InputType()
export class AdviceRequestFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) @IsOptional() @Length(0, 40) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => TeamKind, { nullable: true, description: 'The agency: the kind of the team asked' }) agency?: TeamKind;
  @Field(() => AdviceOccasion, { nullable: true }) occasion?: AdviceOccasion;
  @Field(() => Boolean, { nullable: true, description: 'Received advice not reviewed yet' }) awaitingReview?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Not received, and past its due date' }) overdue?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) dueOn_lte?: string;
}

@ArgsType()
class CreateAdviceRequestArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => UUID, { description: 'The service asked: a team of any kind but CASEWORK; its kind is the agency' }) teamId!: string;
  @Field(() => AdviceOccasion, { nullable: true, description: 'ASSESSMENT unless an annual review is named' }) occasion?: AdviceOccasion | null;
  @Field(() => UUID, { nullable: true, description: 'The annual review the advice is for' }) annualReviewId?: string | null;
  @Field(() => LocalDateResolver) requestedOn!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: '6 weeks after the request unless given; for an annual review 2 weeks before the meeting' }) dueOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn?: string | null;
  @Field(() => TimescaleException, { nullable: true }) exception?: TimescaleException | null;
  @Field(() => Boolean, { nullable: true }) noAdvice?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) noAdviceReason?: string | null;
}

@ArgsType()
class UpdateAdviceRequestArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() requestedOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dueOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn?: string | null;
  @Field(() => TimescaleException, { nullable: true }) exception?: TimescaleException | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsNotEmpty() noAdvice?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) noAdviceReason?: string | null;
}

@InputType()
class AdviceReviewSectionInput {
  @Field(() => String, { description: 'A section of the rubric' }) @Length(1, 10) code!: string;
  @Field(() => Int, { nullable: true, description: 'Only for rubrics graded by judgement' }) @IsOptional() @Min(1) @Max(4) grade?: number | null;
  @Field(() => String, { defaultValue: '' }) @Length(0, 20_000) evidence!: string;
  @Field(() => [CriterionJudgementInput]) @ValidateNested() judgements!: CriterionJudgementInput[];
}

/** A quality review of received advice: the DCO's of health advice (reviewHealthAdvice), a QA officer's of the rest (reviewAdviceRequest). */
@ArgsType()
export class ReviewAdviceArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => [AdviceReviewSectionInput]) @ValidateNested() sections!: AdviceReviewSectionInput[];
  @Field(() => String, { description: 'Feedback for the service' }) @Length(0, 20_000) feedback!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Today unless given' }) reviewedOn?: string | null;
}

@InputType()
export class AdviceFigureOptions {
  @Field(() => UUID, { nullable: true, description: "One of the caller's authorities; default all of them" }) localAuthorityId?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: a year before to' }) from?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: today' }) to?: string;
  @Field(() => AdviceOccasion, { nullable: true, description: 'Only advice for assessments, or for reviews; default both' }) occasion?: AdviceOccasion;
}

const MAX_FIGURE_DAYS = 10 * 366;

/** Advice is special-category data when it is health's: commissioners and auditors have no need of any of it. */
export const ADVICE_READERS: Role[] = [Role.ADMIN, Role.QA_OFFICER, Role.DCO, Role.VIEWER];
/** Casework editors record every agency's advice requests; the DCO those of health too, as before the timeline owned them. */
export const ADVICE_WRITERS: Role[] = [...CASEWORK_EDITORS, Role.DCO];
/** The QA officer reviews the advice of every agency but health, whose review is the DCO's (the health feature's reviewHealthAdvice). */
const AGENCY_ADVICE_REVIEWERS: Role[] = [Role.QA_OFFICER, Role.ADMIN];

export const adviceRequests: ResourceDefinition<AdviceRequest, AdviceRequestFilter> = {
  entity: AdviceRequest,
  name: 'AdviceRequest',
  plural: 'AdviceRequests',
  filter: AdviceRequestFilter,
  tenancy: 'owned',
  readRoles: ADVICE_READERS,
  writeRoles: ADVICE_WRITERS,
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
    agency: (kind: TeamKind) => ({ team: { kind } }),
    awaitingReview: (awaiting: boolean) =>
      awaiting ? { receivedOn: { $ne: null }, noAdvice: false, reviewGrade: null } : { $or: [{ receivedOn: null }, { noAdvice: true }, { reviewGrade: { $ne: null } }] },
    overdue: (overdue: boolean) =>
      overdue ? { receivedOn: null, dueOn: { $lt: today() } } : { $or: [{ receivedOn: { $ne: null } }, { dueOn: { $gte: today() } }] },
  },
};

/** Which rubric reviews which agency's advice: the DCO's health rubric for health, the agency-advice rubric for every other. */
const reviewedWith = (kind: TeamKind) => (kind === TeamKind.HEALTH ? RubricPurpose.HEALTH_ADVICE : RubricPurpose.AGENCY_ADVICE);

class AdviceRequestService extends ResourceService<AdviceRequest, AdviceRequestFilter> {
  async create({ planId, teamId, annualReviewId, occasion, dueOn, noAdvice, ...values }: CreateAdviceRequestArgs): Promise<AdviceRequest> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    const localAuthorityId = plan?.localAuthority.id ?? '';
    const team = plan ? await this.related(Team, 'teamId', teamId, localAuthorityId, errors) : null;
    errors.check(team === null || team.kind !== TeamKind.CASEWORK, 'teamId', 'adviser', 'must be an agency asked for advice, not a casework team');
    const review = plan ? await this.related(AnnualReview, 'annualReviewId', annualReviewId, localAuthorityId, errors) : null;
    errors
      .check(review === null || review.plan.id === plan?.id, 'annualReviewId', 'samePlan', 'must be an annual review of the same plan')
      .check(review === null || (occasion ?? AdviceOccasion.ANNUAL_REVIEW) === AdviceOccasion.ANNUAL_REVIEW, 'occasion', 'annualReview', 'advice for an annual review has the occasion ANNUAL_REVIEW')
      .throwIfAny();
    const record = {
      ...values,
      occasion: occasion ?? (review ? AdviceOccasion.ANNUAL_REVIEW : AdviceOccasion.ASSESSMENT),
      annualReview: review,
      dueOn: dueOn ?? adviceDueOn(values.requestedOn, review?.meetingDate),
      noAdvice: noAdvice ?? false,
      plan: plan!,
      team: team!,
    };
    checkAdvice(record, today()).throwIfAny();
    return this.createRecord(localAuthorityId, record);
  }

  update(args: UpdateAdviceRequestArgs): Promise<AdviceRequest> {
    return this.updateRecord(args, (advice) => checkAdvice(advice, today()).throwIfAny());
  }

  /**
   * A quality review against the authority's published rubric for the agency's advice, scored by the
   * same rules as an audit: every section judged, the grade computed (or judged) as the rubric says.
   * `purpose` is the reviewer's: the advice must be of the agency that rubric reviews.
   */
  review({ sections, feedback, reviewedOn, ...args }: ReviewAdviceArgs, purpose: RubricPurpose): Promise<AdviceRequest> {
    return this.updateRecord(args, async (advice) => {
      const kind = (await advice.team.loadOrFail()).kind;
      const errors = new FieldErrors();
      errors
        .check(
          reviewedWith(kind) === purpose,
          'id',
          purpose === RubricPurpose.HEALTH_ADVICE ? 'healthAdvice' : 'notHealthAdvice',
          purpose === RubricPurpose.HEALTH_ADVICE ? 'only advice from a health service is reviewed as health advice' : "health advice is the DCO's to review (reviewHealthAdvice)",
        )
        .check(Boolean(advice.receivedOn) && !advice.noAdvice, 'id', 'received', 'only advice that has arrived can be reviewed')
        .check(!reviewedOn || !advice.receivedOn || reviewedOn >= advice.receivedOn, 'reviewedOn', 'notBeforeReceivedOn', 'advice cannot be reviewed before it arrived')
        .check(!reviewedOn || reviewedOn <= today(), 'reviewedOn', 'notInFuture', 'must not be in the future')
        .throwIfAny();
      const rubric = advice.reviewRubricVersion
        ? await advice.reviewRubricVersion.loadOrFail()
        : await this.em.findOne(
            RubricVersion,
            { localAuthority: advice.localAuthority.id, status: RubricStatus.PUBLISHED, rubric: { purpose } },
            { orderBy: { publishedAt: 'desc', number: 'desc' } },
          );
      errors.check(rubric !== null, 'id', 'adviceRubric', `this local authority has no published ${purpose} rubric`).throwIfAny();
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

const service = (ctx: Context) => new AdviceRequestService(ctx, adviceRequests);

/** The review of received advice against the rubric `purpose` names, for the health feature's DCO review and the QA officer's alike. */
export const reviewAdvice = (ctx: Context, args: ReviewAdviceArgs, purpose: RubricPurpose): Promise<AdviceRequest> => service(ctx).review(args, purpose);

@Resolver(() => AdviceRequest)
export class AdviceRequestResolver extends LocalAuthorityResourceResolver(adviceRequests, service) {
  @Authorized(adviceRequests.writeRoles)
  @Mutation(() => AdviceRequest, { description: 'Record a request for advice from an agency (and, if it has come, its reply)' })
  createAdviceRequest(@Args(() => CreateAdviceRequestArgs) args: CreateAdviceRequestArgs, @Ctx() ctx: Context): Promise<AdviceRequest> {
    return service(ctx).create(args);
  }

  @Authorized(adviceRequests.writeRoles)
  @Mutation(() => AdviceRequest)
  updateAdviceRequest(@Args(() => UpdateAdviceRequestArgs) args: UpdateAdviceRequestArgs, @Ctx() ctx: Context): Promise<AdviceRequest> {
    return service(ctx).update(args);
  }

  @Authorized(AGENCY_ADVICE_REVIEWERS)
  @Mutation(() => AdviceRequest, { description: 'Grade received advice of an agency other than health against the agency-advice rubric, with feedback for the service' })
  reviewAdviceRequest(@Args(() => ReviewAdviceArgs) args: ReviewAdviceArgs, @Ctx() ctx: Context): Promise<AdviceRequest> {
    return reviewAdvice(ctx, args, RubricPurpose.AGENCY_ADVICE);
  }

  @Authorized([...ADVICE_READERS, Role.BOARD_MEMBER])
  @Query(() => AdviceFigures, { description: 'Advice timeliness (within 6 weeks, with and without the exceptions of reg. 8(2)) and quality per agency and per service, by due date (default the year to today)' })
  adviceFigures(@Arg('options', () => AdviceFigureOptions, { nullable: true }) options: AdviceFigureOptions | null, @Ctx() ctx: Context): Promise<AdviceFigures> {
    const to = options?.to ?? today();
    const from = options?.from ?? addDays(addMonths(to, -12), 1);
    new FieldErrors()
      .check(from <= to, 'options.from', 'notAfterTo', 'must not be after to')
      .check(daysBetween(from, to) <= MAX_FIGURE_DAYS, 'options.from', 'windowTooLong', `ask for at most ${MAX_FIGURE_DAYS} days`)
      .throwIfAny();
    return adviceFigures(ctx.em, authoritiesAsked(signedInUser(ctx), options?.localAuthorityId), { from, to }, options?.occasion ?? null);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Received by its due date; null while it may still arrive on time' })
  onTime(@Root() advice: AdviceRequest): boolean | null {
    return adviceOnTime(advice, today());
  }

  @FieldResolver(() => StepStatus, { description: 'As a step of the timeline today: ON_TIME, LATE (see its exception), DUE_SOON (within 14 days), OVERDUE or NOT_YET_DUE' })
  status(@Root() advice: AdviceRequest): StepStatus {
    return statuses([adviceStep(advice)], today())[0]!;
  }
}
