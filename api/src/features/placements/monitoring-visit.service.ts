import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { newOwner } from '../../core/work/owners.js';
import { VISIT_AREAS, VisitStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import type { CreateMonitoringVisitArgs, MonitoringVisitFilter, UpdateMonitoringVisitArgs } from './monitoring-visit.inputs.js';
import { monitoringVisits } from './monitoring-visit.resource.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { outcomeOfPlacement } from './outcome-review.rules.js';
import { placements } from './placement.resource.js';
import { VisitAction } from './visit-action.entity.js';
import { visitActions } from './visit-action.resource.js';
import { refreshVisitRecord } from './visit-record.js';

/** A completed visit has happened, so it is not in the future, and it rated every area. */
function checkVisit(visit: Pick<MonitoringVisit, 'status' | 'visitDate' | (typeof VISIT_AREAS)[number] | 'overall'>, errors: FieldErrors): FieldErrors {
  if (visit.status !== VisitStatus.COMPLETED) return errors;
  errors.check(visit.visitDate <= today(), 'visitDate', 'notInFuture', 'a completed visit must not be dated in the future');
  for (const area of [...VISIT_AREAS, 'overall' as const]) {
    errors.check(!!visit[area], area, 'requiredWhenCompleted', 'rate every area of a completed visit');
  }
  return errors;
}

export class MonitoringVisitService extends ResourceService<MonitoringVisit, MonitoringVisitFilter> {
  async create({ placementId, actions, outcomeReviews, status, ...values }: CreateMonitoringVisitArgs): Promise<MonitoringVisit> {
    const placement = await new ResourceService(this.ctx, placements).get(placementId);
    this.assertWritableIn(placement.localAuthority.id);
    const localAuthority = placement.localAuthority.id;
    const visit = this.em.create(MonitoringVisit, { ...values, status: status ?? VisitStatus.PLANNED, placement, localAuthority });
    const errors = checkVisit(visit, new FieldErrors());
    for (const [i, { ownerUserId, owner, ...action }] of (actions ?? []).entries()) {
      errors.check(action.dueDate >= visit.visitDate, `actions.${i}.dueDate`, 'notBeforeVisit', 'must not be before the visit');
      const owners = await newOwner(this.em, visitActions, { ownerUserId, owner }, localAuthority, errors, `actions.${i}.`);
      this.em.create(VisitAction, { ...action, ...owners, visit, localAuthority });
    }
    for (const [i, review] of (outcomeReviews ?? []).entries()) {
      const field = `outcomeReviews.${i}.commissionedOutcomeId`;
      const outcome = await outcomeOfPlacement(this.em, placement, review.commissionedOutcomeId, field, errors);
      errors.check(visit.status === VisitStatus.COMPLETED, field, 'requiresCompletedVisit', 'outcomes are reviewed at a completed visit');
      if (outcome) this.em.create(OutcomeReview, { outcome, visit, reviewedOn: visit.visitDate, progress: review.progress, evidence: review.evidence, localAuthority });
    }
    errors.throwIfAny();
    await this.em.flush();
    await refreshVisitRecord(this.em, placement);
    await this.em.flush();
    return visit;
  }

  update(args: UpdateMonitoringVisitArgs): Promise<MonitoringVisit> {
    return this.updateRecord(args, async (visit) => {
      checkVisit(visit, new FieldErrors()).throwIfAny();
      await this.em.flush();
      await refreshVisitRecord(this.em, await visit.placement.loadOrFail());
    });
  }

  override async remove(id: string): Promise<MonitoringVisit> {
    const placement = await (await this.get(id)).placement.loadOrFail();
    const removed = await super.remove(id);
    await refreshVisitRecord(this.em, placement);
    await this.em.flush();
    return removed;
  }
}

export const monitoringVisitService = (ctx: Context) => new MonitoringVisitService(ctx, monitoringVisits);
