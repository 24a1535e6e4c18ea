import { FlushMode } from '@mikro-orm/core';
import { Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Child } from '../people/child.entity.js';
import { OfstedRating } from '../people/enums.js';
import { Plan } from '../people/plan.entity.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { HideCostFromAuditors } from './cost-visibility.js';
import { DistanceBand, PlacementStatus, VisitStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { Placement } from './placement.entity.js';
import { addDays, distanceBand, distanceKm, HOME_LOCATIONS, nextVisitDue, VISIT_DUE_SOON_DAYS } from './placement-rules.js';
import { Provider } from './provider.entity.js';
import { PLACEMENT_WRITERS } from './provider.resolver.js';

@InputType()
export class PlacementFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ID, { nullable: true }) childId?: string;
  @Field(() => ID, { nullable: true }) providerId?: string;
  @Field(() => PlacementStatus, { nullable: true }) status?: PlacementStatus;
  @Field(() => LocalDateResolver, { nullable: true }) plannedEndDate_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) plannedEndDate_gte?: string;
}

@InputType()
export class CommissionedOutcomeInput {
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => LocalDateResolver) targetDate!: string;
}

/** Cost parts are nullable in the schema so that a missing one is refused naming the field, like a negative one. */
@ArgsType()
class CreatePlacementArgs {
  @Field(() => ID) planId!: string;
  @Field(() => ID) providerId!: string;
  @Field(() => LocalDateResolver) startDate!: string;
  @Field(() => LocalDateResolver) plannedEndDate!: string;
  @Field(() => String) @Length(1, 60) contractReference!: string;
  @Field(() => Int, { nullable: true }) educationCost?: number | null;
  @Field(() => Int, { nullable: true }) healthCost?: number | null;
  @Field(() => Int, { nullable: true }) socialCareCost?: number | null;
  @Field(() => Boolean, { nullable: true }) residential?: boolean;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) @Max(7) nightsPerWeek?: number;
  @Field(() => Int) weeksPerYear!: number;
  @Field(() => String) @Length(1, 4000) noLocalProvisionReason!: string;
  @Field(() => String, { nullable: true }) overlapReason?: string | null;
  @Field(() => PlacementStatus, { nullable: true }) status?: PlacementStatus;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(1) @Max(12) visitFrequencyMonths?: number;
  @Field(() => [CommissionedOutcomeInput], { nullable: true, description: "Outcomes from the plan the placement must deliver" })
  commissionedOutcomes?: CommissionedOutcomeInput[];
}

@ArgsType()
class UpdatePlacementArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) startDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) plannedEndDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 60) contractReference?: string;
  @Field(() => Int, { nullable: true }) educationCost?: number | null;
  @Field(() => Int, { nullable: true }) healthCost?: number | null;
  @Field(() => Int, { nullable: true }) socialCareCost?: number | null;
  @Field(() => Boolean, { nullable: true }) residential?: boolean;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) @Max(7) nightsPerWeek?: number;
  @Field(() => Int, { nullable: true }) weeksPerYear?: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) noLocalProvisionReason?: string;
  @Field(() => String, { nullable: true }) overlapReason?: string | null;
  @Field(() => PlacementStatus, { nullable: true }) status?: PlacementStatus;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(1) @Max(12) visitFrequencyMonths?: number;
}

export const placements: ResourceDefinition<Placement, PlacementFilter> = {
  entity: Placement,
  name: 'Placement',
  plural: 'Placements',
  filter: PlacementFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: PLACEMENT_WRITERS,
  sortFields: {
    startDate: 'startDate',
    plannedEndDate: 'plannedEndDate',
    status: 'status',
    contractReference: 'contractReference',
    caseReference: 'child.caseReference',
    provider: 'provider.setting.name',
  },
  defaultSort: { field: 'startDate', order: SortOrder.DESC },
  search: (q) => ({ $or: [{ contractReference: { $ilike: `%${q}%` } }, { child: { caseReference: { $ilike: `%${q}%` } } }] }),
};

const COST_FIELDS = ['educationCost', 'healthCost', 'socialCareCost'] as const;

/** Occupies the child's time from its start until it ends; a proposal occupies nothing yet. */
const occupies = (p: Pick<Placement, 'status'>) => p.status !== PlacementStatus.PROPOSED;

class PlacementService extends ResourceService<Placement, PlacementFilter> {
  async create({ planId, providerId, commissionedOutcomes = [], ...values }: CreatePlacementArgs): Promise<Placement> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    const localAuthorityId = plan?.localAuthority.id ?? '';
    const provider = plan ? await this.related(Provider, 'providerId', providerId, localAuthorityId, errors) : null;
    commissionedOutcomes.forEach((outcome, i) =>
      errors.check(outcome.targetDate > values.startDate, `commissionedOutcomes.${i}.targetDate`, 'afterStart', 'must be after the placement starts'),
    );
    errors.throwIfAny();
    const placement = this.em.create(Placement, {
      ...values,
      status: values.status ?? PlacementStatus.ACTIVE,
      educationCost: values.educationCost!,
      healthCost: values.healthCost!,
      socialCareCost: values.socialCareCost!,
      localAuthority: localAuthorityId,
      plan: plan!,
      child: plan!.child,
      provider: provider!,
    });
    this.assertWritableIn(localAuthorityId);
    await this.check(placement);
    for (const outcome of commissionedOutcomes) {
      this.em.create(CommissionedOutcome, { ...outcome, placement, localAuthority: localAuthorityId });
    }
    await this.em.flush();
    return placement;
  }

  update(args: UpdatePlacementArgs): Promise<Placement> {
    return this.updateRecord(args, (placement) => this.check(placement));
  }

  /** The placement's own rules, on the record as it would be saved. */
  private async check(placement: Placement): Promise<void> {
    const errors = new FieldErrors();
    errors.check(placement.plannedEndDate > placement.startDate, 'plannedEndDate', 'afterStart', 'must be after the start date');
    if (placement.endDate) errors.check(placement.endDate >= placement.startDate, 'endDate', 'notBeforeStart', 'must not be before the start date');
    for (const field of COST_FIELDS) {
      const cost = placement[field] as number | null | undefined;
      if (cost === null || cost === undefined) errors.add(field, 'required', 'give the contribution, 0 if none');
      else errors.check(cost >= 0, field, 'min', 'must not be negative');
    }
    errors.check([38, 52].includes(placement.weeksPerYear), 'weeksPerYear', 'oneOf', 'must be 38 (term time) or 52');
    errors.check(
      placement.residential ? placement.nightsPerWeek > 0 : placement.nightsPerWeek === 0,
      'nightsPerWeek',
      'matchesResidential',
      'a residential placement has nights a week, a day placement none',
    );
    errors.throwIfAny();
    if (occupies(placement) && !placement.overlapReason?.trim()) {
      errors.check((await this.overlapping(placement)) === 0, 'overlapReason', 'requiredForOverlap', 'the child has another placement at the same time: say why');
    }
    errors.throwIfAny();
  }

  /** Other placements of the same child whose time overlaps this one's (open-ended until they end). */
  private overlapping(placement: Placement): Promise<number> {
    const end = placement.endDate ?? placement.plannedEndDate;
    // Counting must not flush the placement being checked: it is not saved unless it passes.
    return this.em.count(Placement, {
      id: { $ne: placement.id },
      child: placement.child.id,
      status: { $ne: PlacementStatus.PROPOSED },
      startDate: { $lt: end },
      $or: [{ endDate: { $gt: placement.startDate } }, { endDate: null, plannedEndDate: { $gt: placement.startDate } }],
    }, { flushMode: FlushMode.COMMIT });
  }
}

const service = (ctx: Context) => new PlacementService(ctx, placements);

async function lastVisitDone(placement: Placement): Promise<MonitoringVisit | null> {
  const visits = (await placement.visits.load()).getItems().filter((v) => v.status === VisitStatus.DONE);
  return visits.reduce<MonitoringVisit | null>((last, v) => (!last || v.visitDate > last.visitDate ? v : last), null);
}

@Resolver(() => Placement)
export class PlacementResolver extends LocalAuthorityResourceResolver(placements, service) {
  @Authorized(placements.writeRoles)
  @Mutation(() => Placement)
  createPlacement(@Args(() => CreatePlacementArgs) args: CreatePlacementArgs, @Ctx() ctx: Context): Promise<Placement> {
    return service(ctx).create(args);
  }

  @Authorized(placements.writeRoles)
  @Mutation(() => Placement)
  updatePlacement(@Args(() => UpdatePlacementArgs) args: UpdatePlacementArgs, @Ctx() ctx: Context): Promise<Placement> {
    return service(ctx).update(args);
  }

  @FieldResolver(() => Child)
  child(@Root() placement: Placement): Promise<Child> {
    return placement.child.loadOrFail();
  }

  @FieldResolver(() => Plan)
  plan(@Root() placement: Placement): Promise<Plan> {
    return placement.plan.loadOrFail();
  }

  @FieldResolver(() => Provider)
  provider(@Root() placement: Placement): Promise<Provider> {
    return placement.provider.loadOrFail();
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Education, health and social care together, £ a year (hidden from auditors)' })
  @UseMiddleware(HideCostFromAuditors)
  annualCost(@Root() placement: Placement): number {
    return placement.educationCost + placement.healthCost + placement.socialCareCost;
  }

  @FieldResolver(() => [CommissionedOutcome])
  async commissionedOutcomes(@Root() placement: Placement): Promise<CommissionedOutcome[]> {
    return (await placement.commissionedOutcomes.load()).getItems();
  }

  @FieldResolver(() => [MonitoringVisit])
  async visits(@Root() placement: Placement): Promise<MonitoringVisit[]> {
    return (await placement.visits.load()).getItems();
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date of the last monitoring visit done' })
  async lastVisitDate(@Root() placement: Placement): Promise<string | null> {
    return (await lastVisitDone(placement))?.visitDate ?? null;
  }

  @FieldResolver(() => LocalDateResolver, { description: 'When the next monitoring visit is due' })
  async nextVisitDue(@Root() placement: Placement): Promise<string> {
    return nextVisitDue(placement.startDate, (await lastVisitDone(placement))?.visitDate ?? null, placement.visitFrequencyMonths);
  }

  @FieldResolver(() => Boolean, { description: 'Active and its next visit is due within 30 days' })
  async visitDueSoon(@Root() placement: Placement): Promise<boolean> {
    const due = await this.nextVisitDue(placement);
    return placement.status === PlacementStatus.ACTIVE && due >= today() && due <= addDays(today(), VISIT_DUE_SOON_DAYS);
  }

  @FieldResolver(() => Boolean, { description: 'Active and its next visit was due before today' })
  async visitOverdue(@Root() placement: Placement): Promise<boolean> {
    return placement.status === PlacementStatus.ACTIVE && (await this.nextVisitDue(placement)) < today();
  }

  @FieldResolver(() => Boolean, { description: 'The provider is judged Inadequate and no visit has been done since that inspection' })
  async urgentReviewRequired(@Root() placement: Placement): Promise<boolean> {
    if (placement.status !== PlacementStatus.ACTIVE) return false;
    const provider = await placement.provider.loadOrFail();
    if ((await provider.setting.loadOrFail()).ofstedRating !== OfstedRating.INADEQUATE) return false;
    const last = await lastVisitDone(placement);
    return !last || !provider.lastInspectionDate || last.visitDate < provider.lastInspectionDate;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Kilometres in a straight line from the child's home authority" })
  async distanceKm(@Root() placement: Placement): Promise<number | null> {
    const home = HOME_LOCATIONS[(await placement.localAuthority.loadOrFail()).code];
    return home ? Math.round(distanceKm(home, await placement.provider.loadOrFail()) * 10) / 10 : null;
  }

  @FieldResolver(() => DistanceBand)
  async distanceBand(@Root() placement: Placement): Promise<DistanceBand> {
    return distanceBand((await placement.localAuthority.loadOrFail()).code, await placement.provider.loadOrFail());
  }
}
