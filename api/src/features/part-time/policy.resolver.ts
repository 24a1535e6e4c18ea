import { Arg, Args, Authorized, Ctx, Float, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { Setting } from '../people/index.js';
import { PartTimePolicy } from './policy.entity.js';
import { CreatePartTimePolicyArgs, UpdatePartTimePolicyArgs } from './policy.inputs.js';
import { partTimePolicies } from './policy.resource.js';
import { partTimePolicyService } from './policy.service.js';

@Resolver(() => PartTimePolicy)
export class PartTimePolicyResolver extends LocalAuthorityResourceResolver(partTimePolicies) {
  @Authorized(partTimePolicies.writeRoles)
  @Mutation(() => PartTimePolicy)
  createPartTimePolicy(@Args(() => CreatePartTimePolicyArgs) args: CreatePartTimePolicyArgs, @Ctx() ctx: Context): Promise<PartTimePolicy> {
    return partTimePolicyService(ctx).create(args);
  }

  @Authorized(partTimePolicies.writeRoles)
  @Mutation(() => PartTimePolicy)
  updatePartTimePolicy(@Args(() => UpdatePartTimePolicyArgs) args: UpdatePartTimePolicyArgs, @Ctx() ctx: Context): Promise<PartTimePolicy> {
    return partTimePolicyService(ctx).update(args);
  }

  @Authorized(partTimePolicies.writeRoles)
  @Mutation(() => Setting, { description: "Set a setting's own full-time week (null: use the key-stage benchmarks)" })
  setSchoolWeek(
    @Arg('settingId', () => UUID) settingId: string,
    @Arg('fullTimeHours', () => Float, { nullable: true }) fullTimeHours: number | null,
    @Ctx() ctx: Context,
  ): Promise<Setting> {
    return partTimePolicyService(ctx).setSchoolWeek(settingId, fullTimeHours ?? null);
  }
}
