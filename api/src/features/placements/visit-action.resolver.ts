import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { VisitActionStatus } from './enums.js';
import { monitoringVisits } from './monitoring-visit.resolver.js';
import { COMMISSIONERS } from './provider.rules.js';
import { VisitAction } from './visit-action.entity.js';
import { UUID } from '../../core/graphql/uuid.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { changeOwner, newOwner, ownerNameOf } from '../../core/work/owners.js';

@InputType()
export class VisitActionFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) visitId?: string;
  @Field(() => UUID, { nullable: true }) placementId?: string;
  @Field(() => VisitActionStatus, { nullable: true }) status?: VisitActionStatus;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Open and past its due date' }) overdue?: boolean;
}

@ArgsType()
class CreateVisitActionArgs {
  @Field(() => UUID) visitId!: string;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => UUID, { nullable: true, description: 'Who will do it: a user who may change visit actions' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who will do it, only for someone outside the system (the provider)' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver) dueDate!: string;
}

@ArgsType()
class UpdateVisitActionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dueDate?: string;
  @Field(() => VisitActionStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: VisitActionStatus;
}

export const visitActions: ResourceDefinition<VisitAction, VisitActionFilter> = {
  entity: VisitAction,
  name: 'VisitAction',
  plural: 'VisitActions',
  filter: VisitActionFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  sortFields: { dueDate: 'dueDate', status: 'status', owner: 'owner' },
  defaultSort: { field: 'dueDate', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
  filterFields: {
    placementId: (id: string) => ({ visit: { placement: id } }),
    overdue: (overdue: boolean) =>
      overdue
        ? { status: VisitActionStatus.OPEN, dueDate: { $lt: today() } }
        : { $or: [{ status: { $ne: VisitActionStatus.OPEN } }, { dueDate: { $gte: today() } }] },
  },
};

class VisitActionService extends ResourceService<VisitAction, VisitActionFilter> {
  async create({ visitId, ownerUserId, owner, ...values }: CreateVisitActionArgs): Promise<VisitAction> {
    const visit = await new ResourceService(this.ctx, monitoringVisits).get(visitId);
    const errors = new FieldErrors();
    const owners = await newOwner(this.em, this.definition, { ownerUserId, owner }, visit.localAuthority.id, errors);
    errors.throwIfAny();
    return this.createRecord(visit.localAuthority.id, { ...values, ...owners, visit });
  }

  update({ ownerUserId, owner, ...args }: UpdateVisitActionArgs): Promise<VisitAction> {
    return this.updateRecord(args, (action) => changeOwner(this.em, this.definition, action, { ownerUserId, owner }));
  }
}

const service = (ctx: Context) => new VisitActionService(ctx, visitActions);

@Resolver(() => VisitAction)
export class VisitActionResolver extends LocalAuthorityResourceResolver(visitActions) {
  @Authorized(visitActions.writeRoles)
  @Mutation(() => VisitAction)
  createVisitAction(@Args(() => CreateVisitActionArgs) args: CreateVisitActionArgs, @Ctx() ctx: Context): Promise<VisitAction> {
    return service(ctx).create(args);
  }

  @Authorized(visitActions.writeRoles)
  @Mutation(() => VisitAction)
  updateVisitAction(@Args(() => UpdateVisitActionArgs) args: UpdateVisitActionArgs, @Ctx() ctx: Context): Promise<VisitAction> {
    return service(ctx).update(args);
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
