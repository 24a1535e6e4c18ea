import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { Plan } from './plan.entity.js';
import { CreatePlanArgs, UpdatePlanArgs } from './plan.inputs.js';
import { plans } from './plan.resource.js';
import { planService } from './plan.service.js';

@Resolver(() => Plan)
export class PlanResolver extends LocalAuthorityResourceResolver(plans) {
  @Authorized(plans.writeRoles)
  @Mutation(() => Plan)
  createPlan(@Args(() => CreatePlanArgs) args: CreatePlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return planService(ctx).create(args);
  }

  @Authorized(plans.writeRoles)
  @Mutation(() => Plan)
  updatePlan(@Args(() => UpdatePlanArgs) args: UpdatePlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return planService(ctx).update(args);
  }
}
