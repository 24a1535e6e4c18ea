import { IsNotEmpty, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Team } from '../people/index.js';
import type { Audit } from './audit.entity.js';
import { audits } from './audit.resource.js';
import { assertRunsCycle, CYCLE_RUNNERS } from './cycle-roles.js';
import { ActionStatus, FollowUpAction } from './follow-up-action.entity.js';
import { UUID } from '../../core/graphql/uuid.js';
import { changeOwner, newOwner, ownerNameOf } from '../../core/work/owners.js';

@InputType()
export class FollowUpActionFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) auditId?: string;
  @Field(() => UUID, { nullable: true }) teamId?: string;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string;
  @Field(() => ActionStatus, { nullable: true }) status?: ActionStatus;
  @Field(() => Boolean, { nullable: true, description: 'Open and past its due date' }) overdue?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) dueDate_lte?: string;
}

@ArgsType()
class CreateFollowUpActionArgs {
  @Field(() => UUID) auditId!: string;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => UUID, { nullable: true, description: 'Who will do it: a user who may change follow-up actions' }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who will do it, only for someone outside the system' }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver) dueDate!: string;
  @Field(() => UUID, { nullable: true, description: "Defaults to the plan's casework team" }) teamId?: string | null;
}

@ArgsType()
class UpdateFollowUpActionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) description?: string;
  @Field(() => UUID, { nullable: true }) ownerUserId?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) owner?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() dueDate?: string;
  @Field(() => ActionStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: ActionStatus;
}

const isOverdue = (action: Pick<FollowUpAction, 'status' | 'dueDate'>) => action.status === ActionStatus.OPEN && action.dueDate < today();

export const followUpActions: ResourceDefinition<FollowUpAction, FollowUpActionFilter> = {
  entity: FollowUpAction,
  name: 'FollowUpAction',
  plural: 'FollowUpActions',
  filter: FollowUpActionFilter,
  tenancy: 'owned',
  readRoles: [],
  // Raised and changed by those who run the audit's kind of cycle (the DCO for deep dives), not by auditors.
  writeRoles: CYCLE_RUNNERS,
  sortFields: { dueDate: 'dueDate', status: 'status', owner: 'owner' },
  defaultSort: { field: 'dueDate', order: SortOrder.ASC },
  search: (q) => ({ description: { $ilike: `%${q}%` } }),
  filterFields: {
    overdue: (overdue: boolean) =>
      overdue
        ? { status: ActionStatus.OPEN, dueDate: { $lt: today() } }
        : { $or: [{ status: { $ne: ActionStatus.OPEN } }, { dueDate: { $gte: today() } }] },
  },
};

class FollowUpActionService extends ResourceService<FollowUpAction, FollowUpActionFilter> {
  private async assertRunsCycleOf(audit: Audit): Promise<void> {
    assertRunsCycle(this.user, (await audit.cycle.loadOrFail()).kind);
  }

  /** An action hangs off an audit the caller can see, of a kind of cycle they run. */
  async create({ auditId, teamId, ownerUserId, owner, ...values }: CreateFollowUpActionArgs): Promise<FollowUpAction> {
    const audit = await new ResourceService(this.ctx, audits).get(auditId);
    await this.assertRunsCycleOf(audit);
    const localAuthorityId = audit.localAuthority.id;
    const errors = new FieldErrors();
    const team = teamId === undefined || teamId === null ? ((await audit.plan.loadOrFail()).team ?? null) : await this.related(Team, 'teamId', teamId, localAuthorityId, errors);
    const owners = await newOwner(this.em, this.definition, { ownerUserId, owner }, localAuthorityId, errors);
    errors.throwIfAny();
    return this.createRecord(localAuthorityId, { ...values, ...owners, audit, team });
  }

  update({ ownerUserId, owner, ...args }: UpdateFollowUpActionArgs): Promise<FollowUpAction> {
    return this.updateRecord(args, async (action) => {
      await this.assertRunsCycleOf(await action.audit.loadOrFail());
      await changeOwner(this.em, this.definition, action, { ownerUserId, owner });
    });
  }

  override async remove(id: string): Promise<FollowUpAction> {
    await this.assertRunsCycleOf(await (await this.get(id)).audit.loadOrFail());
    return super.remove(id);
  }
}

const service = (ctx: Context) => new FollowUpActionService(ctx, followUpActions);

@Resolver(() => FollowUpAction)
export class FollowUpActionResolver extends LocalAuthorityResourceResolver(followUpActions, service) {
  @Authorized(followUpActions.writeRoles)
  @Mutation(() => FollowUpAction)
  createFollowUpAction(@Args(() => CreateFollowUpActionArgs) args: CreateFollowUpActionArgs, @Ctx() ctx: Context): Promise<FollowUpAction> {
    return service(ctx).create(args);
  }

  @Authorized(followUpActions.writeRoles)
  @Mutation(() => FollowUpAction)
  updateFollowUpAction(@Args(() => UpdateFollowUpActionArgs) args: UpdateFollowUpActionArgs, @Ctx() ctx: Context): Promise<FollowUpAction> {
    return service(ctx).update(args);
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
