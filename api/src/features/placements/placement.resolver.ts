import { Args, Authorized, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { addDays, today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { PrimaryNeed } from '../people/index.js';
import { DistanceBand, PlacementStatus } from './enums.js';
import { Placement } from './placement.entity.js';
import { placementFacts } from './placement-facts.js';
import { CreatePlacementArgs, UpdatePlacementArgs } from './placement.inputs.js';
import { placements } from './placement.resource.js';
import { placementService } from './placement.service.js';
import { policyFor } from './policy.service.js';

@Resolver(() => Placement)
export class PlacementResolver extends LocalAuthorityResourceResolver(placements) {
  @Authorized(placements.writeRoles)
  @Mutation(() => Placement)
  createPlacement(@Args(() => CreatePlacementArgs) args: CreatePlacementArgs, @Ctx() ctx: Context): Promise<Placement> {
    return placementService(ctx).create(args);
  }

  @Authorized(placements.writeRoles)
  @Mutation(() => Placement)
  updatePlacement(@Args(() => UpdatePlacementArgs) args: UpdatePlacementArgs, @Ctx() ctx: Context): Promise<Placement> {
    return placementService(ctx).update(args);
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
