import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { ownerNameOf } from '../../core/work/owners.js';
import { FollowUpAction } from './follow-up-action.entity.js';
import { CreateFollowUpActionArgs, UpdateFollowUpActionArgs } from './follow-up-action.inputs.js';
import { followUpActions, isOverdue } from './follow-up-action.resource.js';
import { followUpActionService } from './follow-up-action.service.js';

@Resolver(() => FollowUpAction)
export class FollowUpActionResolver extends LocalAuthorityResourceResolver(followUpActions, followUpActionService) {
  @Authorized(followUpActions.writeRoles)
  @Mutation(() => FollowUpAction)
  createFollowUpAction(@Args(() => CreateFollowUpActionArgs) args: CreateFollowUpActionArgs, @Ctx() ctx: Context): Promise<FollowUpAction> {
    return followUpActionService(ctx).create(args);
  }

  @Authorized(followUpActions.writeRoles)
  @Mutation(() => FollowUpAction)
  updateFollowUpAction(@Args(() => UpdateFollowUpActionArgs) args: UpdateFollowUpActionArgs, @Ctx() ctx: Context): Promise<FollowUpAction> {
    return followUpActionService(ctx).update(args);
  }

  @FieldResolver(() => String, { description: "The owner in words: the user's name, or the name of someone outside the system" })
  ownerName(@Root() record: FollowUpAction): Promise<string> {
    return ownerNameOf(record);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date' })
  overdue(@Root() action: FollowUpAction): boolean {
    return isOverdue(action);
  }
}
