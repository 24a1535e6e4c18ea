import { IsNotEmpty, Length, Max, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { relations } from '../../core/access/relations.js';
import { EVERY_ROLE } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { signedInUser } from '../../core/graphql/context.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ActionResource, BRAG_VALUES, Brag } from './enums.js';
import { ImprovementAction, ImprovementOutcome, Milestone, Workstream } from './improvement-plan.entity.js';
import { BoardWorkstream, BragSummary, bragSummary, improvementPlanBoard } from './improvement-plan.service.js';
import { Kpi } from './kpi.entity.js';
import { FRAMEWORK_EDITORS } from './kpi.resolver.js';
import { isOverdue, shownBrag } from './rag.js';
import { UUID } from '../../core/graphql/uuid.js';
import { changeOwner, newOwner, ownerNameOf } from '../../core/work/owners.js';

// The improvement plan holds nothing about a child: board members read it too.
const sameAuthority = { readRoles: EVERY_ROLE, writeRoles: FRAMEWORK_EDITORS, tenancy: 'owned' as const };

// --- Workstreams ---------------------------------------------------------------------------------

@InputType()
export class WorkstreamFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
}

@ArgsType()
class CreateWorkstreamArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => Int) @Min(1) @Max(99) number!: number;
  @Field(() => String) @Length(1, 300) title!: string;
  @Field(() => String) @Length(1, 200) seniorSponsor!: string;
}

@ArgsType()
class UpdateWorkstreamArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(1) @Max(99) number?: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 300) title?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) seniorSponsor?: string;
}

export const workstreams: ResourceDefinition<Workstream, WorkstreamFilter> = {
  ...sameAuthority,
  entity: Workstream,
  name: 'Workstream',
  plural: 'Workstreams',
  filter: WorkstreamFilter,
  sortFields: { number: 'number', title: 'title' },
  defaultSort: { field: 'number', order: SortOrder.ASC },
  search: (q) => ({ title: { $ilike: `%${q}%` } }),
};
const workstreamService = (ctx: Context) => new ResourceService(ctx, workstreams);

@Resolver(() => Workstream)
export class WorkstreamResolver extends LocalAuthorityResourceResolver(workstreams) {
  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => Workstream)
  createWorkstream(@Args(() => CreateWorkstreamArgs) { localAuthorityId, ...values }: CreateWorkstreamArgs, @Ctx() ctx: Context): Promise<Workstream> {
    return workstreamService(ctx).createRecord(localAuthorityId, values);
  }

  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => Workstream)
  updateWorkstream(@Args(() => UpdateWorkstreamArgs) args: UpdateWorkstreamArgs, @Ctx() ctx: Context): Promise<Workstream> {
    return workstreamService(ctx).updateRecord(args);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [BoardWorkstream], { description: 'The improvement plan as a board, with the ratings shown on `asOf` (default today)' })
  improvementPlanBoard(
    @Arg('localAuthorityId', () => UUID, { nullable: true }) localAuthorityId: string | null,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<BoardWorkstream[]> {
    return improvementPlanBoard(ctx.em, authoritiesAsked(signedInUser(ctx), localAuthorityId), asOf ?? today());
  }

  @Authorized(EVERY_ROLE)
  @Query(() => BragSummary, { description: 'Milestones counted by the rating shown on `asOf`, with red and overdue ones listed' })
  async bragSummary(
    @Arg('localAuthorityId', () => UUID, { nullable: true }) localAuthorityId: string | null,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<BragSummary> {
    return bragSummary(await improvementPlanBoard(ctx.em, authoritiesAsked(signedInUser(ctx), localAuthorityId), asOf ?? today()));
  }
}

// --- Outcomes ------------------------------------------------------------------------------------

@InputType()
export class ImprovementOutcomeFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) workstreamId?: string;
}

@ArgsType()
class CreateImprovementOutcomeArgs {
  @Field(() => UUID) workstreamId!: string;
  @Field(() => String) @Length(1, 20) reference!: string;
  @Field(() => String) @Length(1, 4000) intendedImpact!: string;
}

@ArgsType()
class UpdateImprovementOutcomeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 20) reference?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) intendedImpact?: string;
}

export const improvementOutcomes: ResourceDefinition<ImprovementOutcome, ImprovementOutcomeFilter> = {
  ...sameAuthority,
  entity: ImprovementOutcome,
  name: 'ImprovementOutcome',
  plural: 'ImprovementOutcomes',
  filter: ImprovementOutcomeFilter,
  sortFields: { reference: 'reference' },
  defaultSort: { field: 'reference', order: SortOrder.ASC },
  search: (q) => ({ intendedImpact: { $ilike: `%${q}%` } }),
};

class ImprovementOutcomeService extends ResourceService<ImprovementOutcome, ImprovementOutcomeFilter> {
  async create({ workstreamId, ...values }: CreateImprovementOutcomeArgs): Promise<ImprovementOutcome> {
    const errors = new FieldErrors();
    const workstream = await this.related(Workstream, 'workstreamId', workstreamId, 'caller', errors);
    errors.throwIfAny();
    return this.createRecord(workstream!.localAuthority.id, { ...values, workstream: workstream! });
  }
}
const outcomeService = (ctx: Context) => new ImprovementOutcomeService(ctx, improvementOutcomes);

@Resolver(() => ImprovementOutcome)
export class ImprovementOutcomeResolver extends LocalAuthorityResourceResolver(improvementOutcomes, outcomeService) {
  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => ImprovementOutcome)
  createImprovementOutcome(@Args(() => CreateImprovementOutcomeArgs) args: CreateImprovementOutcomeArgs, @Ctx() ctx: Context): Promise<ImprovementOutcome> {
    return outcomeService(ctx).create(args);
  }

  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => ImprovementOutcome)
  updateImprovementOutcome(@Args(() => UpdateImprovementOutcomeArgs) args: UpdateImprovementOutcomeArgs, @Ctx() ctx: Context): Promise<ImprovementOutcome> {
    return outcomeService(ctx).updateRecord(args);
  }
}

// --- Actions -------------------------------------------------------------------------------------

@InputType()
export class ImprovementActionFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) outcomeId?: string;
  @Field(() => ActionResource, { nullable: true }) resource?: ActionResource;
}

@ArgsType()
class CreateImprovementActionArgs {
  @Field(() => UUID) outcomeId!: string;
  @Field(() => String) @Length(1, 20) reference!: string;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => UUID, { nullable: true, description: 'Who leads it: a user who may change the improvement plan' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who leads it, only for someone outside the system' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => ActionResource) resource!: ActionResource;
  @Field(() => [UUID], { nullable: true, description: 'KPIs that show its impact' }) kpiIds?: string[];
}

@ArgsType()
class UpdateImprovementActionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 20) reference?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => ActionResource, { nullable: true }) @IfPresent() @IsNotEmpty() resource?: ActionResource;
  @Field(() => [UUID], { nullable: true }) kpiIds?: string[] | null;
}

export const improvementActions: ResourceDefinition<ImprovementAction, ImprovementActionFilter> = {
  ...sameAuthority,
  entity: ImprovementAction,
  name: 'ImprovementAction',
  plural: 'ImprovementActions',
  filter: ImprovementActionFilter,
  sortFields: { reference: 'reference', owner: 'owner' },
  defaultSort: { field: 'reference', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
};

class ImprovementActionService extends ResourceService<ImprovementAction, ImprovementActionFilter> {
  private async linkedKpis(kpiIds: string[], localAuthorityId: string, errors: FieldErrors): Promise<Kpi[]> {
    const found: Kpi[] = [];
    for (const [i, id] of kpiIds.entries()) {
      const kpi = await this.related(Kpi, `kpiIds.${i}`, id, localAuthorityId, errors);
      if (kpi) found.push(kpi);
    }
    return found;
  }

  async create({ outcomeId, kpiIds, ownerUserId, owner, ...values }: CreateImprovementActionArgs): Promise<ImprovementAction> {
    const errors = new FieldErrors();
    const outcome = await this.related(ImprovementOutcome, 'outcomeId', outcomeId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = outcome!.localAuthority.id;
    const linked = await this.linkedKpis(kpiIds ?? [], localAuthorityId, errors);
    const owners = await newOwner(this.em, this.definition, { ownerUserId, owner }, localAuthorityId, errors);
    errors.throwIfAny();
    const action = await this.createRecord(localAuthorityId, { ...values, ...owners, outcome: outcome! });
    action.kpis.set(linked);
    await this.em.flush();
    return action;
  }

  update({ kpiIds, ownerUserId, owner, ...args }: UpdateImprovementActionArgs): Promise<ImprovementAction> {
    return this.updateRecord(args, async (action) => {
      await changeOwner(this.em, this.definition, action, { ownerUserId, owner });
      if (kpiIds === undefined || kpiIds === null) return;
      const errors = new FieldErrors();
      const linked = await this.linkedKpis(kpiIds, action.localAuthority.id, errors);
      errors.throwIfAny();
      await action.kpis.init();
      action.kpis.set(linked);
    });
  }
}
const actionService = (ctx: Context) => new ImprovementActionService(ctx, improvementActions);

@Resolver(() => ImprovementAction)
export class ImprovementActionResolver extends LocalAuthorityResourceResolver(improvementActions, actionService) {
  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => ImprovementAction)
  createImprovementAction(@Args(() => CreateImprovementActionArgs) args: CreateImprovementActionArgs, @Ctx() ctx: Context): Promise<ImprovementAction> {
    return actionService(ctx).create(args);
  }

  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => ImprovementAction)
  updateImprovementAction(@Args(() => UpdateImprovementActionArgs) args: UpdateImprovementActionArgs, @Ctx() ctx: Context): Promise<ImprovementAction> {
    return actionService(ctx).update(args);
  }

  @FieldResolver(() => String, { description: "The owner in words: the user's name, or the name of someone outside the system" })
  ownerName(@Root() record: ImprovementAction): Promise<string> {
    return ownerNameOf(record);
  }

  @FieldResolver(() => [ID], { description: 'KPIs that show its impact' })
  async kpiIds(@Root() action: ImprovementAction, @Ctx() ctx: Context): Promise<string[]> {
    return (await relations(ctx).collection(action.kpis)).map((kpi) => kpi.id);
  }
}

// --- Milestones ----------------------------------------------------------------------------------

@InputType()
export class MilestoneFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) actionId?: string;
  @Field(() => Brag, { nullable: true, description: 'As last set' }) brag?: Brag;
  @Field(() => LocalDateResolver, { nullable: true }) deadline_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) deadline_gte?: string;
}

// BRAG comes in as a string and the deadline as optional, so that a wrong or missing one is refused
// as BAD_USER_INPUT naming the field and rule, like every other broken rule.
@ArgsType()
class CreateMilestoneArgs {
  @Field(() => UUID) actionId!: string;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Required' }) deadline?: string | null;
  @Field(() => String, { description: `One of ${BRAG_VALUES.join(', ')}` }) @MaxLength(10) brag!: string;
}

@ArgsType()
class UpdateMilestoneArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => LocalDateResolver, { nullable: true }) deadline?: string | null;
  @Field(() => String, { nullable: true, description: `One of ${BRAG_VALUES.join(', ')}` }) @IfPresent() @MaxLength(10) brag?: string | null;
}

export const milestones: ResourceDefinition<Milestone, MilestoneFilter> = {
  ...sameAuthority,
  entity: Milestone,
  name: 'Milestone',
  plural: 'Milestones',
  filter: MilestoneFilter,
  sortFields: { deadline: 'deadline', brag: 'brag' },
  defaultSort: { field: 'deadline', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
};

function checkMilestone(values: { deadline?: string | null; brag?: string | null }, errors: FieldErrors): FieldErrors {
  return errors
    .check(Boolean(values.deadline), 'deadline', 'required', 'a milestone needs a deadline')
    .check(BRAG_VALUES.includes(values.brag as Brag), 'brag', 'oneOf', `must be one of ${BRAG_VALUES.join(', ')}`);
}

class MilestoneService extends ResourceService<Milestone, MilestoneFilter> {
  async create({ actionId, deadline, brag, description }: CreateMilestoneArgs): Promise<Milestone> {
    const errors = new FieldErrors();
    const action = await this.related(ImprovementAction, 'actionId', actionId, 'caller', errors);
    checkMilestone({ deadline, brag }, errors).throwIfAny();
    return this.createRecord(action!.localAuthority.id, { action: action!, description, deadline: deadline!, brag: brag as Brag, bragSetOn: today() });
  }

  /** Setting the rating records the day it was set; the change history keeps every earlier one. */
  update(args: UpdateMilestoneArgs): Promise<Milestone> {
    const { brag, ...rest } = args;
    const errors = new FieldErrors();
    if (brag !== undefined) checkMilestone({ deadline: 'kept', brag }, errors);
    if (rest.deadline !== undefined) checkMilestone({ deadline: rest.deadline, brag: Brag.BLUE }, errors);
    errors.throwIfAny();
    const changes: typeof rest & { brag?: Brag; bragSetOn?: string } = brag === undefined ? rest : { ...rest, brag: brag as Brag, bragSetOn: today() };
    return this.updateRecord(changes);
  }
}
const milestoneService = (ctx: Context) => new MilestoneService(ctx, milestones);

@Resolver(() => Milestone)
export class MilestoneResolver extends LocalAuthorityResourceResolver(milestones, milestoneService) {
  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => Milestone)
  createMilestone(@Args(() => CreateMilestoneArgs) args: CreateMilestoneArgs, @Ctx() ctx: Context): Promise<Milestone> {
    return milestoneService(ctx).create(args);
  }

  @Authorized(FRAMEWORK_EDITORS)
  @Mutation(() => Milestone)
  updateMilestone(@Args(() => UpdateMilestoneArgs) args: UpdateMilestoneArgs, @Ctx() ctx: Context): Promise<Milestone> {
    return milestoneService(ctx).update(args);
  }

  @FieldResolver(() => Brag, { description: 'The rating to show on `asOf` (default today): an overdue Green shows Amber' })
  shownBrag(@Root() milestone: Milestone, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null): Brag {
    return shownBrag(milestone, asOf ?? today());
  }

  @FieldResolver(() => Boolean, { description: 'Not complete (Blue) and past its deadline on `asOf` (default today)' })
  overdue(@Root() milestone: Milestone, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null): boolean {
    return isOverdue(milestone, asOf ?? today());
  }
}
