import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '../../core/auth/auth-user.js';
import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { User } from '../../core/auth/user.entity.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { ReadOnlyResourceResolver } from '../../core/graphql/resource.resolver.js';
import { LocalAuthority } from '../../core/tenancy/local-authority.entity.js';
import { Plan } from '../people/plan.entity.js';
import { Audit, AuditLens, AuditStatus } from './audit.entity.js';
import { AuditCycle } from './cycle.entity.js';
import { RubricVersion } from './rubric.entity.js';

/** Roles that see every audit of their local authorities; an auditor otherwise sees only their own. */
const SEE_ALL_AUDITS = [Role.ADMIN, Role.QA_OFFICER, Role.DCO, Role.VIEWER];
/** Who may be given an audit to score. */
const CAN_AUDIT = [Role.AUDITOR, Role.QA_OFFICER, Role.DCO];

@InputType()
export class AuditFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ID, { nullable: true }) cycleId?: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => ID, { nullable: true }) auditorId?: string;
  @Field(() => AuditStatus, { nullable: true }) status?: AuditStatus;
  @Field(() => AuditLens, { nullable: true }) lens?: AuditLens;
}

@ArgsType()
class AssignAuditArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) auditorId!: string;
  @Field(() => AuditLens, { nullable: true, description: 'For multi-agency audits' }) lens?: AuditLens | null;
}

export const audits: ResourceDefinition<Audit, AuditFilter> = {
  entity: Audit,
  name: 'Audit',
  plural: 'Audits',
  filter: AuditFilter,
  tenancy: (user) =>
    hasAnyRole(user, SEE_ALL_AUDITS)
      ? { localAuthority: { $in: user.localAuthorityIds } }
      : { localAuthority: { $in: user.localAuthorityIds }, auditor: user.id },
  readRoles: [...SEE_ALL_AUDITS, Role.AUDITOR],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { status: 'status', caseReference: 'plan.child.caseReference', cycle: 'cycle.opensOn' },
  defaultSort: { field: 'caseReference', order: SortOrder.ASC },
};

class AuditService extends ResourceService<Audit, AuditFilter> {
  /** Gives an audit that has not been submitted to an auditor of the same local authority. */
  assign({ auditorId, lens, ...args }: AssignAuditArgs): Promise<Audit> {
    return this.updateRecord(args, async (audit) => {
      const errors = new FieldErrors().check(
        [AuditStatus.UNASSIGNED, AuditStatus.ASSIGNED].includes(audit.status),
        'id',
        'notStarted',
        'only an audit that has not been started can be (re)assigned',
      );
      const auditor = await this.em.findOne(User, { id: auditorId, active: true, localAuthorities: audit.localAuthority.id });
      errors
        .check(auditor !== null && auditor.roles.some((role) => CAN_AUDIT.includes(role)), 'auditorId', 'canAudit', 'must be an active auditor, QA officer or DCO of this local authority')
        .throwIfAny();
      this.em.assign(audit, { auditor, lens: lens ?? null, status: AuditStatus.ASSIGNED });
    });
  }
}

const service = (ctx: Context) => new AuditService(ctx, audits);

@Resolver(() => Audit)
export class AuditResolver extends ReadOnlyResourceResolver(audits, service) {
  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: 'Give a sampled audit to an auditor, with a lens for multi-agency audits' })
  assignAudit(@Args(() => AssignAuditArgs) args: AssignAuditArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).assign(args);
  }

  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() audit: Audit): Promise<LocalAuthority> {
    return audit.localAuthority.loadOrFail();
  }

  @FieldResolver(() => AuditCycle)
  cycle(@Root() audit: Audit): Promise<AuditCycle> {
    return audit.cycle.loadOrFail();
  }

  @FieldResolver(() => Plan)
  plan(@Root() audit: Audit): Promise<Plan> {
    return audit.plan.loadOrFail();
  }

  @FieldResolver(() => RubricVersion, { description: 'The version this audit is scored against' })
  rubricVersion(@Root() audit: Audit): Promise<RubricVersion> {
    return audit.rubricVersion.loadOrFail();
  }

  @FieldResolver(() => User, { nullable: true })
  async auditor(@Root() audit: Audit): Promise<User | null> {
    return audit.auditor ? audit.auditor.loadOrFail() : null;
  }
}
