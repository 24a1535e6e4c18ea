import { raw } from '@mikro-orm/core';
import { IsNotEmpty, Length, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { addDays, today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Child, OfstedRating, PlanStatus, PrimaryNeed, SettingType, Plan } from '../people/index.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { costsHiddenFromAuditors } from './costs.js';
import { AttendancePattern, DistanceBand, PlacementStatus } from './enums.js';
import { Placement } from './placement.entity.js';
import { checkPlacementTerms, overlaps } from './placement.rules.js';
import { placementFacts } from './placement-facts.js';
import { policyFor } from './policy.service.js';
import { Provider } from './provider.entity.js';
import { COMMISSIONERS } from './provider.rules.js';
import { nextVisitDue } from './schedule.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType({ description: "An outcome from the plan's section E the placement is bought to deliver" })
export class CommissionedOutcomeInput {
  @Field(() => String, { nullable: true, description: 'e.g. E3' }) @IfPresent() @Length(1, 20) planReference?: string | null;
  @Field(() => String) @Length(1, 4000) description!: string;
  @Field(() => LocalDateResolver) targetDate!: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => String, { nullable: true, description: "Start of the child's case reference" }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) childId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) providerId?: string;
  @Field(() => PlacementStatus, { nullable: true }) status?: PlacementStatus;
  @Field(() => PrimaryNeed, { nullable: true }) primaryNeed?: PrimaryNeed;
  @Field(() => SettingType, { nullable: true, description: "The provider's type" }) settingType?: SettingType;
  @Field(() => OfstedRating, { nullable: true, description: "The provider's Ofsted judgement" }) ofstedRating?: OfstedRating;
  @Field(() => AttendancePattern, { nullable: true }) attendancePattern?: AttendancePattern;
  @Field(() => Boolean, { nullable: true, description: 'Active, and the next visit is past due' }) visitOverdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The last completed visit rated an area red' }) lastVisitRed?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Active at a provider judged Inadequate and not visited since' }) urgentReview?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Still open after its planned end' }) pastPlannedEnd?: boolean;
  @Field(() => LocalDateResolver, { nullable: true }) plannedEndDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) plannedEndDate_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) nextVisitDue_lte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) startDate_lte?: string;
}

@ArgsType()
class CreatePlacementArgs {
  @Field(() => UUID) childId!: string;
  @Field(() => UUID, { description: "The child's final plan that names the provision" }) planId!: string;
  @Field(() => UUID) providerId!: string;
  @Field(() => LocalDateResolver) startDate!: string;
  @Field(() => LocalDateResolver) plannedEndDate!: string;
  @Field(() => String) @Length(1, 100) contractReference!: string;
  // Nullable here so that a missing part is refused by the rules, naming the field, like a negative one.
  @Field(() => Int, { nullable: true }) educationCost?: number | null;
  @Field(() => Int, { nullable: true }) healthCost?: number | null;
  @Field(() => Int, { nullable: true }) socialCareCost?: number | null;
  @Field(() => AttendancePattern) attendancePattern!: AttendancePattern;
  @Field(() => Int, { nullable: true }) nightsPerWeek?: number | null;
  @Field(() => Int) weeksPerYear!: number;
  @Field(() => String) @Length(1, 4000) noLocalProvisionReason!: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) overlapReason?: string | null;
  @Field(() => Int, { nullable: true, description: "Defaults to the authority's policy (6 months unless changed)" }) visitIntervalMonths?: number | null;
  @Field(() => [CommissionedOutcomeInput], { nullable: true }) @ValidateNested({ each: true }) outcomes?: CommissionedOutcomeInput[] | null;
}

@ArgsType()
class UpdatePlacementArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PlacementStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: PlacementStatus;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() startDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() plannedEndDate?: string;
  @Field(() => LocalDateResolver, { nullable: true }) endedOn?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 100) contractReference?: string;
  @Field(() => Int, { nullable: true }) educationCost?: number | null;
  @Field(() => Int, { nullable: true }) healthCost?: number | null;
  @Field(() => Int, { nullable: true }) socialCareCost?: number | null;
  @Field(() => AttendancePattern, { nullable: true }) @IfPresent() @IsNotEmpty() attendancePattern?: AttendancePattern;
  @Field(() => Int, { nullable: true }) nightsPerWeek?: number | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsNotEmpty() weeksPerYear?: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) noLocalProvisionReason?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) overlapReason?: string | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsNotEmpty() visitIntervalMonths?: number;
}

/** Active at a provider judged Inadequate, and not visited since that judgement (or its date is not recorded). */
const URGENT_REVIEW = (alias: string) => `(${alias}.status = 'ACTIVE' and exists (
  select 1 from provider pr join setting s on s.id = pr.setting_id
   where pr.id = ${alias}.provider_id and s.ofsted_rating = 'INADEQUATE'
     and (s.ofsted_inspection_date is null or ${alias}.last_visit_on is null or ${alias}.last_visit_on < s.ofsted_inspection_date)))`;

export const placements: ResourceDefinition<Placement, PlacementFilter> = {
  entity: Placement,
  name: 'Placement',
  plural: 'Placements',
  filter: PlacementFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: COMMISSIONERS,
  // Not by cost: sorting would reveal costs to those who may not see them.
  sortFields: {
    caseReference: 'child.caseReference',
    primaryNeed: 'child.primaryNeed',
    provider: 'provider.setting.name',
    status: 'status',
    startDate: 'startDate',
    plannedEndDate: 'plannedEndDate',
    lastVisitOn: 'lastVisitOn',
    nextVisitDue: 'nextVisitDue',
  },
  defaultSort: { field: 'nextVisitDue', order: SortOrder.ASC },
  redactions: [costsHiddenFromAuditors(['educationCost', 'healthCost', 'socialCareCost', 'annualCost'])],
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: {
    primaryNeed: (need: PrimaryNeed) => ({ child: { primaryNeed: need } }),
    settingType: (type: SettingType) => ({ provider: { setting: { type } } }),
    ofstedRating: (rating: OfstedRating) => ({ provider: { setting: { ofstedRating: rating } } }),
    visitOverdue: (overdue: boolean) =>
      overdue
        ? { status: PlacementStatus.ACTIVE, nextVisitDue: { $lt: today() } }
        : { $or: [{ status: { $ne: PlacementStatus.ACTIVE } }, { nextVisitDue: { $gte: today() } }] },
    urgentReview: (urgent: boolean) => ({ [raw(URGENT_REVIEW)]: urgent }),
    pastPlannedEnd: (past: boolean) =>
      past
        ? { status: PlacementStatus.ACTIVE, plannedEndDate: { $lt: today() } }
        : { $or: [{ status: { $ne: PlacementStatus.ACTIVE } }, { plannedEndDate: { $gte: today() } }] },
  },
};

class PlacementService extends ResourceService<Placement, PlacementFilter> {
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

const service = (ctx: Context) => new PlacementService(ctx, placements);

@Resolver(() => Placement)
export class PlacementResolver extends LocalAuthorityResourceResolver(placements) {
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

  @FieldResolver(() => String)
  async caseReference(@Root() placement: Placement, @Ctx() ctx: Context): Promise<string> {
    return (await relations(ctx).expect(placement.child)).caseReference;
  }

  @FieldResolver(() => PrimaryNeed)
  async primaryNeed(@Root() placement: Placement, @Ctx() ctx: Context): Promise<PrimaryNeed> {
    return (await relations(ctx).expect(placement.child)).primaryNeed;
  }

  @FieldResolver(() => String)
  async providerName(@Root() placement: Placement, @Ctx() ctx: Context): Promise<string> {
    const provider = await relations(ctx).expect(placement.provider);
    return (await relations(ctx).expect(provider.setting)).name;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Education, health and social care together (hidden from auditors)' })
  annualCost(@Root() placement: Placement): number {
    return placement.educationCost + placement.healthCost + placement.socialCareCost;
  }

  @FieldResolver(() => Boolean, { description: "The provider is outside the child's home authority" })
  async outOfArea(@Root() placement: Placement, @Ctx() ctx: Context): Promise<boolean> {
    return (await placementFacts(ctx, placement)).outOfArea;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Straight-line miles from the home authority's reference point" })
  async distanceMiles(@Root() placement: Placement, @Ctx() ctx: Context): Promise<number | null> {
    const miles = (await placementFacts(ctx, placement)).distanceMiles;
    return miles === null ? null : Math.round(miles * 10) / 10;
  }

  @FieldResolver(() => DistanceBand)
  async distanceBand(@Root() placement: Placement, @Ctx() ctx: Context): Promise<DistanceBand> {
    return (await placementFacts(ctx, placement)).distanceBand;
  }

  @FieldResolver(() => Boolean, { description: 'Active, and the next visit is past due' })
  visitOverdue(@Root() placement: Placement): boolean {
    return placement.status === PlacementStatus.ACTIVE && placement.nextVisitDue < today();
  }

  @FieldResolver(() => Boolean, { description: 'Still open after its planned end: ended and not recorded, or running on without a new contract' })
  pastPlannedEnd(@Root() placement: Placement): boolean {
    return placement.status === PlacementStatus.ACTIVE && placement.plannedEndDate < today();
  }

  @FieldResolver(() => Boolean, { description: "Active, and the next visit falls due within the authority's warning period" })
  async visitDueSoon(@Root() placement: Placement, @Ctx() ctx: Context): Promise<boolean> {
    const now = today();
    const { visitDueSoonDays } = await policyFor(ctx, placement.localAuthority.id);
    return placement.status === PlacementStatus.ACTIVE && placement.nextVisitDue >= now && placement.nextVisitDue <= addDays(now, visitDueSoonDays);
  }

  @FieldResolver(() => Boolean, { description: 'Active at a provider judged Inadequate and not visited since: needs an urgent review visit' })
  async urgentReview(@Root() placement: Placement, @Ctx() ctx: Context): Promise<boolean> {
    return (await placementFacts(ctx, placement)).urgentReview;
  }
}
