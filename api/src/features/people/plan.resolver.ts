import { IsNotEmpty } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Child } from './child.entity.js';
import { PlanStatus, PrimaryNeed } from './enums.js';
import { Plan } from './plan.entity.js';
import { checkPlanDates } from './plan.rules.js';
import { Setting } from './setting.entity.js';
import { Team } from './team.entity.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class PlanFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) settingId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus;
  @Field(() => PrimaryNeed, { nullable: true, description: "The child's primary need" }) primaryNeed?: PrimaryNeed;
  @Field(() => LocalDateResolver, { nullable: true }) requestDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) requestDate_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) lastAnnualReviewDate_lte?: string;
}

@ArgsType()
class CreatePlanArgs {
  @Field(() => UUID) childId!: string;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field(() => LocalDateResolver) requestDate!: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) lastAnnualReviewDate?: string | null;
  @Field(() => UUID, { nullable: true, description: 'Section I: the school or other institution named' }) settingId?: string | null;
  @Field(() => UUID, { nullable: true, description: 'The casework team' }) teamId?: string | null;
}

@ArgsType()
class UpdatePlanArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PlanStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: PlanStatus;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() requestDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) issueDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) lastAnnualReviewDate?: string | null;
  @Field(() => UUID, { nullable: true }) settingId?: string | null;
  @Field(() => UUID, { nullable: true }) teamId?: string | null;
}

export const plans: ResourceDefinition<Plan, PlanFilter> = {
  entity: Plan,
  name: 'Plan',
  plural: 'Plans',
  filter: PlanFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: {
    caseReference: 'child.caseReference',
    primaryNeed: 'child.primaryNeed',
    status: 'status',
    requestDate: 'requestDate',
    issueDate: 'issueDate',
    lastAnnualReviewDate: 'lastAnnualReviewDate',
    setting: 'setting.name',
  },
  defaultSort: { field: 'requestDate', order: SortOrder.DESC },
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: { primaryNeed: (need: PrimaryNeed) => ({ child: { primaryNeed: need } }) },
};

class PlanService extends ResourceService<Plan, PlanFilter> {
  async create({ childId, settingId, teamId, ...values }: CreatePlanArgs): Promise<Plan> {
    const errors = new FieldErrors();
    const child = await this.related(Child, 'childId', childId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = child!.localAuthority.id;
    const setting = await this.related(Setting, 'settingId', settingId, 'anywhere', errors);
    const team = await this.related(Team, 'teamId', teamId, localAuthorityId, errors);
    checkPlanDates(values, child!.dateOfBirth, today(), errors).throwIfAny();
    return this.createRecord(localAuthorityId, { ...values, child: child!, setting, team });
  }

  update({ settingId, teamId, ...args }: UpdatePlanArgs): Promise<Plan> {
    return this.updateRecord(args, async (plan) => {
      const errors = new FieldErrors();
      if (settingId !== undefined) {
        this.em.assign(plan, { setting: await this.related(Setting, 'settingId', settingId, 'anywhere', errors) });
      }
      if (teamId !== undefined) {
        this.em.assign(plan, { team: await this.related(Team, 'teamId', teamId, plan.localAuthority.id, errors) });
      }
      const child = await plan.child.loadOrFail();
      checkPlanDates(plan, child.dateOfBirth, today(), errors).throwIfAny();
    });
  }
}

const service = (ctx: Context) => new PlanService(ctx, plans);

@Resolver(() => Plan)
export class PlanResolver extends LocalAuthorityResourceResolver(plans) {
  @Authorized(plans.writeRoles)
  @Mutation(() => Plan)
  createPlan(@Args(() => CreatePlanArgs) args: CreatePlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return service(ctx).create(args);
  }

  @Authorized(plans.writeRoles)
  @Mutation(() => Plan)
  updatePlan(@Args(() => UpdatePlanArgs) args: UpdatePlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return service(ctx).update(args);
  }
}
