import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Child } from './child.entity.js';
import { Plan } from './plan.entity.js';
import type { CreatePlanArgs, PlanFilter, UpdatePlanArgs } from './plan.inputs.js';
import { plans } from './plan.resource.js';
import { NSA_CHILD_MESSAGE, checkPlanDates, checkPlanHolderNeed, HELD_PLAN_STATUSES } from './plan.rules.js';
import { Setting } from './setting.entity.js';
import { Team } from './team.entity.js';

export class PlanService extends ResourceService<Plan, PlanFilter> {
  async create({ childId, settingId, teamId, ...values }: CreatePlanArgs): Promise<Plan> {
    const errors = new FieldErrors();
    const child = await this.related(Child, 'childId', childId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = child!.localAuthority.id;
    const setting = await this.related(Setting, 'settingId', settingId, 'anywhere', errors);
    const team = await this.related(Team, 'teamId', teamId, localAuthorityId, errors);
    checkPlanHolderNeed(child!.primaryNeed, HELD_PLAN_STATUSES.includes(values.status), errors, 'childId', NSA_CHILD_MESSAGE);
    checkPlanDates(values, child!.dateOfBirth, today(), errors).throwIfAny();
    return this.createRecord(localAuthorityId, { ...values, child: child!, setting, team });
  }

  update({ settingId, teamId, ...args }: UpdatePlanArgs): Promise<Plan> {
    return this.updateRecord(args, async (plan) => {
      const errors = new FieldErrors();
      if (settingId !== undefined) {
        this.em.assign(plan, { setting: await this.related(Setting, 'settingId', settingId, 'anywhere', errors) });
      }
      if (teamId !== undefined) {
        this.em.assign(plan, { team: await this.related(Team, 'teamId', teamId, plan.localAuthority.id, errors) });
      }
      const child = await plan.child.loadOrFail();
      // A ceased plan taken up again (or any other change) must not leave a plan holder with NSA.
      checkPlanHolderNeed(child.primaryNeed, HELD_PLAN_STATUSES.includes(plan.status), errors, 'status', NSA_CHILD_MESSAGE);
      checkPlanDates(plan, child.dateOfBirth, today(), errors).throwIfAny();
    });
  }
}

export const planService = (ctx: Context) => new PlanService(ctx, plans);
