import { EVERY_ROLE } from '../../core/auth/roles.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { today } from '../../core/dates.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { addDays } from '../../core/dates.js';
import { checkedPeriodicity, ReportingCalendar, ReportingFrequency } from '../../core/graphql/periods.js';
import { periodsBetween } from '../../core/periods.js';
import { checkDateRange } from '../../core/graphql/validation.js';
import { PartTimeFigures, PartTimeTrendPoint, partTimeFigures, partTimeTrend } from './figures.js';
import { policyFor } from './policy.service.js';
import { UUID } from '../../core/graphql/uuid.js';

/** Figures are asked for one authority at a time (each has its own baseline), and only one of the caller's. */
@Resolver()
export class PartTimeFiguresResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => PartTimeFigures, { description: "An authority's part-time timetables as they stood on a date (default today), against its target" })
  async partTimeFigures(
    @Arg('localAuthorityId', () => UUID) localAuthorityId: string,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<PartTimeFigures> {
    authoritiesAsked(signedInUser(ctx), localAuthorityId);
    return partTimeFigures(ctx.em, localAuthorityId, await policyFor(ctx.em, localAuthorityId), asOf ?? today());
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [PartTimeTrendPoint], {
    description: 'Active timetables on the first day of each period (default each month) from the one holding `from` (default two years ago) to the one holding `to` (default today), with the target line',
  })
  async partTimeTrend(
    @Arg('localAuthorityId', () => UUID) localAuthorityId: string,
    @Arg('from', () => LocalDateResolver, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDateResolver, { nullable: true }) to: string | null,
    @Arg('calendar', () => ReportingCalendar, { nullable: true, description: 'Default the financial year' }) calendar: ReportingCalendar | null,
    @Arg('frequency', () => ReportingFrequency, { nullable: true, description: 'Default monthly' }) frequency: ReportingFrequency | null,
    @Ctx() ctx: Context,
  ): Promise<PartTimeTrendPoint[]> {
    authoritiesAsked(signedInUser(ctx), localAuthorityId);
    const until = to ?? today();
    const since = from ?? addDays(until, -730);
    checkDateRange(new FieldErrors(), since, until).throwIfAny();
    const periods = periodsBetween(...checkedPeriodicity(calendar ?? ReportingCalendar.FINANCIAL, frequency ?? ReportingFrequency.MONTHLY), since, until);
    return partTimeTrend(ctx.em, localAuthorityId, await policyFor(ctx.em, localAuthorityId), periods, until);
  }
}
