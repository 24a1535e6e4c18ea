import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { ownerNameOf } from '../../core/work/owners.js';
import { VisitActionStatus } from './enums.js';
import { VisitAction } from './visit-action.entity.js';
import { CreateVisitActionArgs, UpdateVisitActionArgs } from './visit-action.inputs.js';
import { visitActions } from './visit-action.resource.js';
import { visitActionService } from './visit-action.service.js';

@Resolver(() => VisitAction)
export class VisitActionResolver extends LocalAuthorityResourceResolver(visitActions) {
  @Authorized(visitActions.writeRoles)
  @Mutation(() => VisitAction)
  createVisitAction(@Args(() => CreateVisitActionArgs) args: CreateVisitActionArgs, @Ctx() ctx: Context): Promise<VisitAction> {
    return visitActionService(ctx).create(args);
  }

  @Authorized(visitActions.writeRoles)
  @Mutation(() => VisitAction)
  updateVisitAction(@Args(() => UpdateVisitActionArgs) args: UpdateVisitActionArgs, @Ctx() ctx: Context): Promise<VisitAction> {
    return visitActionService(ctx).update(args);
  }

  @FieldResolver(() => String, { description: "The owner in words: the user's name, or the name of someone outside the system" })
  ownerName(@Root() record: VisitAction): Promise<string> {
    return ownerNameOf(record);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date' })
  overdue(@Root() action: VisitAction): boolean {
    return action.status === VisitActionStatus.OPEN && action.dueDate < today();
  }
}
