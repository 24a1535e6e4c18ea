import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { Child } from './child.entity.js';
import { CreateChildArgs, UpdateChildArgs } from './child.inputs.js';
import { children } from './child.resource.js';
import { childService } from './child.service.js';

@Resolver(() => Child)
export class ChildResolver extends LocalAuthorityResourceResolver(children) {
  @Authorized(children.writeRoles)
  @Mutation(() => Child)
  createChild(@Args(() => CreateChildArgs) args: CreateChildArgs, @Ctx() ctx: Context): Promise<Child> {
    return childService(ctx).create(args);
  }

  @Authorized(children.writeRoles)
  @Mutation(() => Child)
  updateChild(@Args(() => UpdateChildArgs) args: UpdateChildArgs, @Ctx() ctx: Context): Promise<Child> {
    return childService(ctx).update(args);
  }
}
