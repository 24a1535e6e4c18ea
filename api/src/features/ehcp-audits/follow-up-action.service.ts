import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { changeOwner, newOwner } from '../../core/work/owners.js';
import { Team } from '../people/index.js';
import type { Audit } from './audit.entity.js';
import { audits } from './audit.resource.js';
import { assertRunsCycle } from './cycle-roles.js';
import type { FollowUpAction } from './follow-up-action.entity.js';
import type { CreateFollowUpActionArgs, FollowUpActionFilter, UpdateFollowUpActionArgs } from './follow-up-action.inputs.js';
import { followUpActions } from './follow-up-action.resource.js';

export class FollowUpActionService extends ResourceService<FollowUpAction, FollowUpActionFilter> {
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

export const followUpActionService = (ctx: Context) => new FollowUpActionService(ctx, followUpActions);
