import { User } from '../../core/auth/user.entity.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Plan, PlanStatus } from '../people/index.js';
import { HealthSignOff, SignOffDecision, SignOffStatus } from './health-sign-off.entity.js';
import type { CreateHealthSignOffArgs, HealthSignOffFilter, SignOffArgs } from './health-sign-off.inputs.js';
import { healthSignOffs } from './health-sign-off.resource.js';

/** Open: the DCO has not agreed yet. One open sign-off per plan at a time. */
const OPEN = [SignOffStatus.AWAITING, SignOffStatus.CHANGES_REQUESTED];

export class HealthSignOffService extends ResourceService<HealthSignOff, HealthSignOffFilter> {
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

export const healthSignOffService = (ctx: Context) => new HealthSignOffService(ctx, healthSignOffs);
