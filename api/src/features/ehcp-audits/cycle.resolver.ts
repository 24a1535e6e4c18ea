import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { AuditCycle } from './cycle.entity.js';
import { CreateAuditCycleArgs, UpdateAuditCycleArgs } from './cycle.inputs.js';
import { auditCycles } from './cycle.resource.js';
import { auditCycleService } from './cycle.service.js';
import { SamplePreview } from './sample-design.js';

@Resolver(() => AuditCycle)
export class AuditCycleResolver extends LocalAuthorityResourceResolver(auditCycles, auditCycleService) {
  @Authorized(auditCycles.writeRoles)
  @Mutation(() => AuditCycle)
  createAuditCycle(@Args(() => CreateAuditCycleArgs) args: CreateAuditCycleArgs, @Ctx() ctx: Context): Promise<AuditCycle> {
    return auditCycleService(ctx).create(args);
  }

  @Authorized(auditCycles.writeRoles)
  @Mutation(() => AuditCycle)
  updateAuditCycle(@Args(() => UpdateAuditCycleArgs) args: UpdateAuditCycleArgs, @Ctx() ctx: Context): Promise<AuditCycle> {
    return auditCycleService(ctx).update(args);
  }

  @Authorized(auditCycles.writeRoles)
  @Mutation(() => AuditCycle, { description: "Draw the cycle's sample (once, reproducibly) and create its audits" })
  drawAuditSample(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<AuditCycle> {
    return auditCycleService(ctx).drawSample(id, version);
  }

  @Authorized(auditCycles.writeRoles)
  @Query(() => SamplePreview, { description: "Where the cycle's sample would come from if drawn now (named, re-audit, random), by the rule that draws it" })
  auditSamplePreview(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<SamplePreview> {
    return auditCycleService(ctx).previewSample(id);
  }
}
