import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { CommissioningPolicy } from './policy.entity.js';
import { CreateCommissioningPolicyArgs, UpdateCommissioningPolicyArgs } from './policy.inputs.js';
import { commissioningPolicies } from './policy.resource.js';
import { commissioningPolicyService } from './policy.service.js';

@Resolver(() => CommissioningPolicy)
export class CommissioningPolicyResolver extends LocalAuthorityResourceResolver(commissioningPolicies) {
  @Authorized(commissioningPolicies.writeRoles)
  @Mutation(() => CommissioningPolicy)
  createCommissioningPolicy(@Args(() => CreateCommissioningPolicyArgs) args: CreateCommissioningPolicyArgs, @Ctx() ctx: Context): Promise<CommissioningPolicy> {
    return commissioningPolicyService(ctx).create(args);
  }

  @Authorized(commissioningPolicies.writeRoles)
  @Mutation(() => CommissioningPolicy)
  updateCommissioningPolicy(@Args(() => UpdateCommissioningPolicyArgs) args: UpdateCommissioningPolicyArgs, @Ctx() ctx: Context): Promise<CommissioningPolicy> {
    return commissioningPolicyService(ctx).update(args);
  }
}
