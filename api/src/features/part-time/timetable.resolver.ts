import { Args, Authorized, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { daysBetween, today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { Agreement, TimetableStatus } from './enums.js';
import { cachedPolicyFor } from './policy.service.js';
import { missingAgreements, overMaximum } from './rules.js';
import { PartTimeReview, PartTimeTimetable } from './timetable.entity.js';
import { CreatePartTimeTimetableArgs, UpdatePartTimeTimetableArgs } from './timetable.inputs.js';
import { partTimeTimetables } from './timetable.resource.js';
import { timetableEditor } from './timetable.service.js';
import { ownerNameOf } from '../../core/work/owners.js';

@Resolver(() => PartTimeTimetable)
export class PartTimeTimetableResolver extends LocalAuthorityResourceResolver(partTimeTimetables, timetableEditor) {
  @Authorized(partTimeTimetables.writeRoles)
  @Mutation(() => PartTimeTimetable)
  createPartTimeTimetable(@Args(() => CreatePartTimeTimetableArgs) args: CreatePartTimeTimetableArgs, @Ctx() ctx: Context): Promise<PartTimeTimetable> {
    return timetableEditor(ctx).create({ ...args, hasSocialWorker: args.hasSocialWorker ?? false });
  }

  @Authorized(partTimeTimetables.writeRoles)
  @Mutation(() => PartTimeTimetable, { description: 'Correct, extend (extendedUntil with extensionReason) or end it (status, endedOn, destination)' })
  updatePartTimeTimetable(@Args(() => UpdatePartTimeTimetableArgs) args: UpdatePartTimeTimetableArgs, @Ctx() ctx: Context): Promise<PartTimeTimetable> {
    return timetableEditor(ctx).update(args);
  }

  @FieldResolver(() => [PartTimeReview], { description: 'Oldest first' })
  reviews(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<PartTimeReview[]> {
    return relations(ctx).children(PartTimeReview, 'timetable', timetable.id, { reviewDate: 'asc', createdAt: 'asc' });
  }

  @FieldResolver(() => Boolean, { description: 'Active and its next review is past' })
  reviewOverdue(@Root() timetable: PartTimeTimetable): boolean {
    return timetable.status === TimetableStatus.ACTIVE && timetable.nextReviewDate < today();
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements it needs and lacks today' })
  async missingAgreements(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<Agreement[]> {
    const child = await relations(ctx).expect(timetable.child);
    return missingAgreements(timetable, child.lookedAfter, today());
  }

  @FieldResolver(() => Boolean, { description: 'Lacks an agreement it needs' })
  async consentMissing(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.missingAgreements(timetable, ctx)).length > 0;
  }

  @FieldResolver(() => Boolean, { description: "Longer than the authority's maximum without a recorded extension and reason" })
  async overMaximum(@Root() timetable: PartTimeTimetable, @Ctx() ctx: Context): Promise<boolean> {
    const policy = await cachedPolicyFor(ctx, timetable.localAuthority.id);
    return overMaximum(timetable, policy.maximumWeeks, today());
  }

  @FieldResolver(() => Float, { description: 'Weeks on the timetable so far (to its end, if ended)' })
  weeksOn(@Root() timetable: PartTimeTimetable): number {
    const until = timetable.endedOn ?? today();
    return Math.max(0, daysBetween(timetable.startDate, until)) / 7;
  }

  @FieldResolver(() => Float, { description: 'Current hours as a share of the full-time week, per cent' })
  percentOfFullTime(@Root() timetable: PartTimeTimetable): number {
    return (100 * timetable.currentHours) / timetable.fullTimeHours;
  }

  @FieldResolver(() => String, { description: 'Who sees that it is reviewed on time, by name; empty when nobody yet' })
  ownerName(@Root() timetable: PartTimeTimetable): Promise<string> {
    return ownerNameOf(timetable);
  }
}
