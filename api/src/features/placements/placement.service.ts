import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Child, Plan, PlanStatus } from '../people/index.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { PlacementStatus } from './enums.js';
import { Placement } from './placement.entity.js';
import type { CreatePlacementArgs, PlacementFilter, UpdatePlacementArgs } from './placement.inputs.js';
import { placements } from './placement.resource.js';
import { checkPlacementTerms, overlaps } from './placement.rules.js';
import { policyFor } from './policy.service.js';
import { Provider } from './provider.entity.js';
import { nextVisitDue } from './schedule.js';

export class PlacementService extends ResourceService<Placement, PlacementFilter> {
  async create({ childId, planId, providerId, outcomes, visitIntervalMonths, ...values }: CreatePlacementArgs): Promise<Placement> {
    const errors = new FieldErrors();
    const child = await this.related(Child, 'childId', childId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = child!.localAuthority.id;
    this.assertWritableIn(localAuthorityId);
    const plan = await this.related(Plan, 'planId', planId, localAuthorityId, errors);
    const provider = await this.related(Provider, 'providerId', providerId, localAuthorityId, errors);
    if (plan) {
      errors
        .check(plan.child.id === child!.id, 'planId', 'sameChild', "must be the child's own plan")
        .check(plan.status === PlanStatus.FINAL, 'planId', 'finalPlan', 'must be a final plan');
    }
    const interval = visitIntervalMonths ?? (await policyFor(this.ctx, localAuthorityId)).visitIntervalMonths;
    const terms = { ...values, status: PlacementStatus.ACTIVE, visitIntervalMonths: interval };
    checkPlacementTerms(terms, today(), errors);
    (outcomes ?? []).forEach((outcome, i) =>
      errors.check(outcome.targetDate > values.startDate, `outcomes.${i}.targetDate`, 'afterStartDate', 'must be after the placement starts'),
    );
    await this.checkOverlap({ ...terms, id: null, child: child!.id }, errors);
    errors.throwIfAny();

    const placement = this.em.create(Placement, {
      ...values,
      educationCost: values.educationCost!,
      healthCost: values.healthCost!,
      socialCareCost: values.socialCareCost!,
      visitIntervalMonths: interval,
      child: child!,
      plan: plan!,
      provider: provider!,
      localAuthority: localAuthorityId,
      nextVisitDue: nextVisitDue({ startDate: values.startDate, visitIntervalMonths: interval }),
    });
    for (const outcome of outcomes ?? []) this.em.create(CommissionedOutcome, { ...outcome, placement, localAuthority: localAuthorityId });
    await this.em.flush();
    return placement;
  }

  update(args: UpdatePlacementArgs): Promise<Placement> {
    return this.updateRecord(args, async (placement) => {
      const errors = checkPlacementTerms(placement, today(), new FieldErrors());
      await this.checkOverlap({ ...placement, child: placement.child.id }, errors);
      errors.throwIfAny();
      placement.nextVisitDue = nextVisitDue(placement);
    });
  }

  /** A child may have two active placements at once (a residential and a day provider, say) only with a reason. */
  private async checkOverlap(
    placement: { id: string | null; child: string; status: PlacementStatus; startDate: string; plannedEndDate: string; endedOn?: string | null; overlapReason?: string | null },
    errors: FieldErrors,
  ): Promise<void> {
    if (placement.status !== PlacementStatus.ACTIVE || placement.overlapReason) return;
    const others = await this.em.find(Placement, {
      child: placement.child,
      status: PlacementStatus.ACTIVE,
      ...(placement.id ? { id: { $ne: placement.id } } : {}),
    });
    const clash = others.find((other) => overlaps(other, placement));
    errors.check(
      !clash,
      'overlapReason',
      'requiredWhenOverlapping',
      `the child has another active placement (${clash?.contractReference ?? ''}) at the same time: give the reason for both`,
    );
  }
}

export const placementService = (ctx: Context) => new PlacementService(ctx, placements);
