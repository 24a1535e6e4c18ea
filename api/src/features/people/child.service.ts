import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Child } from './child.entity.js';
import type { ChildFilter, CreateChildArgs, UpdateChildArgs } from './child.inputs.js';
import { children } from './child.resource.js';
import { checkDateOfBirth } from './child.rules.js';
import { PrimaryNeed } from './enums.js';
import { Plan } from './plan.entity.js';
import { HELD_PLAN_STATUSES, checkPlanHolderNeed } from './plan.rules.js';

export class ChildService extends ResourceService<Child, ChildFilter> {
  private async check(child: Pick<Child, 'caseReference' | 'dateOfBirth' | 'primaryNeed'>, localAuthorityId: string, existingId?: string): Promise<void> {
    const taken = await this.em.count(Child, {
      localAuthority: localAuthorityId,
      caseReference: child.caseReference,
      ...(existingId ? { id: { $ne: existingId } } : {}),
    });
    const errors = new FieldErrors().check(taken === 0, 'caseReference', 'unique', 'another child in this local authority has this case reference');
    // A new child holds no plan yet; only NSA needs the plans looked at.
    const holdsPlan = Boolean(existingId) && child.primaryNeed === PrimaryNeed.NSA && (await this.em.count(Plan, { child: existingId, status: { $in: [...HELD_PLAN_STATUSES] } })) > 0;
    checkPlanHolderNeed(child.primaryNeed, holdsPlan, errors, 'primaryNeed');
    checkDateOfBirth(child.dateOfBirth, today(), errors).throwIfAny();
  }

  async create({ localAuthorityId, ...values }: CreateChildArgs): Promise<Child> {
    this.assertWritableIn(localAuthorityId);
    await this.check(values, localAuthorityId);
    return this.createRecord(localAuthorityId, values);
  }

  update(args: UpdateChildArgs): Promise<Child> {
    return this.updateRecord(args, (child) => this.check(child, child.localAuthority.id, child.id));
  }
}

export const childService = (ctx: Context) => new ChildService(ctx, children);
