import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { HealthSignOff } from './health-sign-off.entity.js';
import { CreateHealthSignOffArgs, SignOffArgs } from './health-sign-off.inputs.js';
import { healthSignOffs } from './health-sign-off.resource.js';
import { healthSignOffService } from './health-sign-off.service.js';

@Resolver(() => HealthSignOff)
export class HealthSignOffResolver extends LocalAuthorityResourceResolver(healthSignOffs, healthSignOffService) {
  @Authorized(healthSignOffs.writeRoles)
  @Mutation(() => HealthSignOff, { description: "Put a plan's health sections in the DCO's sign-off queue" })
  createHealthSignOff(@Args(() => CreateHealthSignOffArgs) args: CreateHealthSignOffArgs, @Ctx() ctx: Context): Promise<HealthSignOff> {
    return healthSignOffService(ctx).create(args);
  }

  @Authorized([Role.DCO])
  @Mutation(() => HealthSignOff, { description: 'The DCO agrees the health sections (C and G), or asks for changes with the reason' })
  signOffHealthSections(@Args(() => SignOffArgs) args: SignOffArgs, @Ctx() ctx: Context): Promise<HealthSignOff> {
    return healthSignOffService(ctx).decide(args);
  }
}
