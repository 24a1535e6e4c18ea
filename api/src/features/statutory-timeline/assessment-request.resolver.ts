import { IsNotEmpty, IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Child, PlanStatus, TeamKind, Plan, checkPlanDates, Team } from '../people/index.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import { AssessmentDecision, AssessmentKind, AssessmentOutcome, TimescaleException } from './enums.js';
import { checkAssessment } from './rules.js';
import { requestTimeline, TimelineArgs, TimelineStep } from './timeline.js';

@InputType()
export class AssessmentRequestFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) @IsOptional() @Length(0, 40) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 120) caseworker?: string;
  @Field(() => AssessmentKind, { nullable: true }) kind?: AssessmentKind;
  @Field(() => Boolean, { nullable: true, description: 'Still under way: no outcome, not refused or withdrawn; a transfer in whose family has not yet been told' }) open?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) receivedOn_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) outcomeOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) outcomeOn_lte?: string;
}

/** The steps an assessment or transfer record holds, common to creating and updating one. */
@ArgsType()
class AssessmentStepArgs {
  @Field(() => UUID, { nullable: true, description: 'The plan the assessment produced, or the plan transferred in' }) planId?: string | null;
  @Field(() => UUID, { nullable: true, description: 'The casework team' }) teamId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 120) caseworker?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) decisionOn?: string | null;
  @Field(() => AssessmentDecision, { nullable: true }) decision?: AssessmentDecision | null;
  @Field(() => TimescaleException, { nullable: true }) decisionException?: TimescaleException | null;
  @Field(() => LocalDateResolver, { nullable: true }) draftOn?: string | null;
  @Field(() => AssessmentOutcome, { nullable: true }) outcome?: AssessmentOutcome | null;
  @Field(() => LocalDateResolver, { nullable: true }) outcomeOn?: string | null;
  @Field(() => TimescaleException, { nullable: true }) outcomeException?: TimescaleException | null;
  @Field(() => LocalDateResolver, { nullable: true }) withdrawnOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100) previousAuthority?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) previousReviewOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) transferNoticeOn?: string | null;
}

@ArgsType()
class CreateAssessmentRequestArgs extends AssessmentStepArgs {
  @Field(() => UUID) childId!: string;
  @Field(() => AssessmentKind, { defaultValue: AssessmentKind.REQUEST }) kind!: AssessmentKind;
  @Field(() => LocalDateResolver) receivedOn!: string;
}

@ArgsType()
class UpdateAssessmentRequestArgs extends AssessmentStepArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() receivedOn?: string;
}

const OPEN = {
  $or: [
    { kind: AssessmentKind.REQUEST, outcome: null, withdrawnOn: null, $or: [{ decision: null }, { decision: AssessmentDecision.ASSESS }] },
    { kind: AssessmentKind.TRANSFER_IN, transferNoticeOn: null },
  ],
};

export const assessmentRequests: ResourceDefinition<AssessmentRequest, AssessmentRequestFilter> = {
  entity: AssessmentRequest,
  name: 'AssessmentRequest',
  plural: 'AssessmentRequests',
  filter: AssessmentRequestFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: {
    receivedOn: 'receivedOn',
    decisionOn: 'decisionOn',
    outcomeOn: 'outcomeOn',
    caseReference: 'child.caseReference',
    caseworker: 'caseworker',
    team: 'team.name',
  },
  defaultSort: { field: 'receivedOn', order: SortOrder.DESC },
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: { open: (open: boolean) => (open ? OPEN : { $not: OPEN }) },
};

class AssessmentRequestService extends ResourceService<AssessmentRequest, AssessmentRequestFilter> {
  async create({ childId, planId, teamId, ...values }: CreateAssessmentRequestArgs): Promise<AssessmentRequest> {
    const errors = new FieldErrors();
    const child = await this.related(Child, 'childId', childId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = child!.localAuthority.id;
    const plan = await this.related(Plan, 'planId', planId, localAuthorityId, errors);
    const team = await this.related(Team, 'teamId', teamId, localAuthorityId, errors);
    this.assertWritableIn(localAuthorityId);
    const record = this.em.create(AssessmentRequest, { ...values, localAuthority: localAuthorityId, child: child!, plan, team });
    await this.check(record, child!, errors);
    await this.em.flush();
    return record;
  }

  update({ planId, teamId, ...args }: UpdateAssessmentRequestArgs): Promise<AssessmentRequest> {
    return this.updateRecord(args, async (record) => {
      const errors = new FieldErrors();
      const localAuthorityId = record.localAuthority.id;
      if (planId !== undefined) this.em.assign(record, { plan: await this.related(Plan, 'planId', planId, localAuthorityId, errors) });
      if (teamId !== undefined) this.em.assign(record, { team: await this.related(Team, 'teamId', teamId, localAuthorityId, errors) });
      await this.check(record, await record.child.loadOrFail(), errors);
    });
  }

  /**
   * The rules, then the plan: a final-plan step sets the plan's request and issue dates (and a draft
   * plan becomes final), so that the plan and its timeline agree.
   */
  private async check(record: AssessmentRequest, child: Child, errors: FieldErrors): Promise<void> {
    const plan = record.plan ? await record.plan.loadOrFail() : null;
    const team = record.team ? await record.team.loadOrFail() : null;
    errors
      .check(!plan || plan.child.id === child.id, 'planId', 'sameChild', "must be a plan of the same child")
      .check(!team || team.kind === TeamKind.CASEWORK, 'teamId', 'caseworkTeam', 'must be a casework team');
    const now = today();
    checkAssessment({ ...record, hasPlan: plan !== null }, { today: now, dateOfBirth: child.dateOfBirth }, errors);
    if (plan && record.kind === AssessmentKind.TRANSFER_IN) {
      errors
        .check(Boolean(plan.issueDate), 'planId', 'issuedPlan', 'a plan transferred in has been issued')
        .check(!plan.issueDate || plan.issueDate <= record.receivedOn, 'receivedOn', 'notBeforeIssueDate', `the plan was issued (${plan.issueDate}) before it was transferred`);
    }
    errors.throwIfAny();
    if (plan && record.kind === AssessmentKind.REQUEST && record.outcome === AssessmentOutcome.FINAL_PLAN) {
      this.em.assign(plan, {
        requestDate: record.receivedOn,
        issueDate: record.outcomeOn,
        status: plan.status === PlanStatus.DRAFT ? PlanStatus.FINAL : plan.status,
      });
      checkPlanDates(plan, child.dateOfBirth, now, errors).throwIfAny();
    }
  }
}

const service = (ctx: Context) => new AssessmentRequestService(ctx, assessmentRequests);

@Resolver(() => AssessmentRequest)
export class AssessmentRequestResolver extends LocalAuthorityResourceResolver(assessmentRequests, service) {
  @Authorized(assessmentRequests.writeRoles)
  @Mutation(() => AssessmentRequest, { description: 'Record a request for an EHC needs assessment, or a plan transferred in, with any steps already taken' })
  createAssessmentRequest(@Args(() => CreateAssessmentRequestArgs) args: CreateAssessmentRequestArgs, @Ctx() ctx: Context): Promise<AssessmentRequest> {
    return service(ctx).create(args);
  }

  @Authorized(assessmentRequests.writeRoles)
  @Mutation(() => AssessmentRequest, { description: 'Record, correct or clear (null) the steps of an assessment or transfer' })
  updateAssessmentRequest(@Args(() => UpdateAssessmentRequestArgs) args: UpdateAssessmentRequestArgs, @Ctx() ctx: Context): Promise<AssessmentRequest> {
    return service(ctx).update(args);
  }

  @FieldResolver(() => [TimelineStep], { description: 'The steps in order, each with its deadline and status as things stood on asOf (default today)' })
  steps(@Root() request: AssessmentRequest, @Ctx() ctx: Context, @Args(() => TimelineArgs) { asOf, withinDays }: TimelineArgs): Promise<TimelineStep[]> {
    return requestTimeline(ctx, request, asOf ?? today(), withinDays);
  }
}
