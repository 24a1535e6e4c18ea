import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';
import { CreateMonitoringVisitArgs, UpdateMonitoringVisitArgs } from './monitoring-visit.inputs.js';
import { monitoringVisits } from './monitoring-visit.resource.js';
import { monitoringVisitService } from './monitoring-visit.service.js';
import { hasRed } from './visit-record.js';

@Resolver(() => MonitoringVisit)
export class MonitoringVisitResolver extends LocalAuthorityResourceResolver(monitoringVisits, monitoringVisitService) {
  @Authorized(monitoringVisits.writeRoles)
  @Mutation(() => MonitoringVisit)
  createMonitoringVisit(@Args(() => CreateMonitoringVisitArgs) args: CreateMonitoringVisitArgs, @Ctx() ctx: Context): Promise<MonitoringVisit> {
    return monitoringVisitService(ctx).create(args);
  }

  @Authorized(monitoringVisits.writeRoles)
  @Mutation(() => MonitoringVisit)
  updateMonitoringVisit(@Args(() => UpdateMonitoringVisitArgs) args: UpdateMonitoringVisitArgs, @Ctx() ctx: Context): Promise<MonitoringVisit> {
    return monitoringVisitService(ctx).update(args);
  }

  @FieldResolver(() => String)
  async caseReference(@Root() visit: MonitoringVisit, @Ctx() ctx: Context): Promise<string> {
    const placement = await relations(ctx).expect(visit.placement);
    return (await relations(ctx).expect(placement.child)).caseReference;
  }

  @FieldResolver(() => Boolean, { description: 'Any area, or the overall rating, is red' })
  anyRed(@Root() visit: MonitoringVisit): boolean {
    return hasRed(visit);
  }
}
