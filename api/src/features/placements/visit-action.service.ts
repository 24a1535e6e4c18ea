import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { changeOwner, newOwner } from '../../core/work/owners.js';
import { monitoringVisits } from './monitoring-visit.resource.js';
import type { VisitAction } from './visit-action.entity.js';
import type { CreateVisitActionArgs, UpdateVisitActionArgs, VisitActionFilter } from './visit-action.inputs.js';
import { visitActions } from './visit-action.resource.js';

export class VisitActionService extends ResourceService<VisitAction, VisitActionFilter> {
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

export const visitActionService = (ctx: Context) => new VisitActionService(ctx, visitActions);
