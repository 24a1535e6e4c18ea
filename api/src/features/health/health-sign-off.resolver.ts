import { IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/roles.js';
import { User } from '../../core/auth/user.entity.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { PlanStatus, Plan } from '../people/index.js';
import { HealthSignOff, SignOffDecision, SignOffStatus } from './health-sign-off.entity.js';
import { HEALTH_READERS, HEALTH_WRITERS } from './roles.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class HealthSignOffFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => SignOffStatus, { nullable: true }) status?: SignOffStatus;
}

@ArgsType()
class CreateHealthSignOffArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Today unless given' }) requestedOn?: string | null;
}

@ArgsType()
class SignOffArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => SignOffDecision) decision!: SignOffDecision;
  @Field(() => String, { nullable: true, description: 'Required when asking for changes' }) @IsOptional() @Length(0, 4000) reason?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Today unless given' }) decidedOn?: string | null;
}

export const healthSignOffs: ResourceDefinition<HealthSignOff, HealthSignOffFilter> = {
  entity: HealthSignOff,
  name: 'HealthSignOff',
  plural: 'HealthSignOffs',
  filter: HealthSignOffFilter,
  tenancy: 'owned',
  readRoles: HEALTH_READERS,
  writeRoles: HEALTH_WRITERS,
  sortFields: { requestedOn: 'requestedOn', status: 'status', agreedOn: 'agreedOn', caseReference: 'plan.child.caseReference' },
  defaultSort: { field: 'requestedOn', order: SortOrder.ASC },
  search: (q) => ({ plan: { child: { caseReference: { $ilike: `${q}%` } } } }),
};

/** Open: the DCO has not agreed yet. One open sign-off per plan at a time. */
const OPEN = [SignOffStatus.AWAITING, SignOffStatus.CHANGES_REQUESTED];

class HealthSignOffService extends ResourceService<HealthSignOff, HealthSignOffFilter> {
  async create({ planId, requestedOn }: CreateHealthSignOffArgs): Promise<HealthSignOff> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    const open = plan ? await this.em.count(HealthSignOff, { plan, status: { $in: OPEN } }) : 0;
    errors
      .check(plan === null || plan.status !== PlanStatus.CEASED, 'planId', 'notCeased', 'a ceased plan is not signed off')
      .check(open === 0, 'planId', 'oneOpen', 'this plan already waits for the DCO’s sign-off')
      .throwIfAny();
    return this.createRecord(plan!.localAuthority.id, { plan: plan!, requestedOn: requestedOn ?? today() });
  }

  /** Only the DCO signs off health sections: agreed, or changes requested with the reason; agreeing closes it. */
  decide({ decision, reason, decidedOn, ...args }: SignOffArgs): Promise<HealthSignOff> {
    return this.updateRecord(args, (signOff) => {
      const on = decidedOn ?? today();
      new FieldErrors()
        .check(signOff.status !== SignOffStatus.AGREED, 'id', 'alreadyAgreed', 'the health sections of this plan are already agreed')
        .check(decision !== SignOffDecision.CHANGES_REQUESTED || Boolean(reason?.trim()), 'reason', 'reasonRequired', 'say what must change in sections C or G')
        .check(on >= signOff.requestedOn, 'decidedOn', 'notBeforeRequestedOn', 'a sign-off cannot come before it was asked for')
        .check(on <= today(), 'decidedOn', 'notInFuture', 'a sign-off cannot be dated in the future')
        .throwIfAny();
      const decidedBy = this.em.getReference(User, this.user.id);
      if (decision === SignOffDecision.AGREED) {
        this.em.assign(signOff, { status: SignOffStatus.AGREED, agreedOn: on, decidedBy });
      } else {
        this.em.assign(signOff, {
          status: SignOffStatus.CHANGES_REQUESTED,
          changesReason: reason!.trim(),
          changesRequestedOn: on,
          changeRequests: signOff.changeRequests + 1,
          decidedBy,
        });
      }
    });
  }
}

const service = (ctx: Context) => new HealthSignOffService(ctx, healthSignOffs);

@Resolver(() => HealthSignOff)
export class HealthSignOffResolver extends LocalAuthorityResourceResolver(healthSignOffs, service) {
  @Authorized(healthSignOffs.writeRoles)
  @Mutation(() => HealthSignOff, { description: "Put a plan's health sections in the DCO's sign-off queue" })
  createHealthSignOff(@Args(() => CreateHealthSignOffArgs) args: CreateHealthSignOffArgs, @Ctx() ctx: Context): Promise<HealthSignOff> {
    return service(ctx).create(args);
  }

  @Authorized([Role.DCO])
  @Mutation(() => HealthSignOff, { description: 'The DCO agrees the health sections (C and G), or asks for changes with the reason' })
  signOffHealthSections(@Args(() => SignOffArgs) args: SignOffArgs, @Ctx() ctx: Context): Promise<HealthSignOff> {
    return service(ctx).decide(args);
  }
}
