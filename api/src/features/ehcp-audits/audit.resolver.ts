import type { Ref } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { STORED_RELATION } from '../../core/access/lean.js';
import { EVERY_ROLE, Role } from '../../core/auth/roles.js';
import { User } from '../../core/auth/user.entity.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ReadOnlyResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { LocalAuthority } from '../../core/tenancy/local-authority.entity.js';
import { Audit } from './audit.entity.js';
import { AgreeGradeArgs, AssignAuditArgs, AssignCycleAuditsArgs, ModeratorGradeArgs, RequestModerationArgs, ReturnAuditArgs, SaveAuditSectionArgs, SubmitAuditArgs } from './audit.inputs.js';
import { audits, CAN_AUDIT, MODERATE } from './audit.resource.js';
import { auditService } from './audit.service.js';
import { checkMinimumCount, CriterionFindings, CriterionFindingsOptions, criterionFindings } from './criterion-findings.js';
import { OverrideCount, SectionGradeCount, overrideCounts, sectionGradeCounts } from './figures.js';
import { ModerationAgreement, moderationAgreement } from './moderation.js';
import { GradeTrendOptions, GradeTrendPoint, gradeTrend } from './trend.js';

@Resolver(() => Audit)
export class AuditResolver extends ReadOnlyResourceResolver(audits, auditService) {
  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: 'Give a sampled audit to an auditor, with a lens for multi-agency audits' })
  assignAudit(@Args(() => AssignAuditArgs) args: AssignAuditArgs, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).assign(args);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => [Audit], { description: "Share out every unassigned audit of a cycle among the auditors chosen (by team, by load or in turn), all or none" })
  assignCycleAudits(@Args(() => AssignCycleAuditsArgs) args: AssignCycleAuditsArgs, @Ctx() ctx: Context): Promise<Audit[]> {
    return auditService(ctx).assignCycle(args);
  }

  @Authorized([Role.AUDITOR, Role.QA_OFFICER, Role.DCO])
  @Mutation(() => Audit, { description: 'Save one section of an audit assigned to you' })
  saveAuditSection(@Args(() => SaveAuditSectionArgs) args: SaveAuditSectionArgs, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).saveSection(args);
  }

  @Authorized([Role.AUDITOR, Role.QA_OFFICER, Role.DCO])
  @Mutation(() => Audit, { description: 'Submit an audit assigned to you: every section scored, and a reason for any override' })
  submitAudit(@Args(() => SubmitAuditArgs) args: SubmitAuditArgs, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).submit(args);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: 'Send a submitted audit back to its auditor with a reason' })
  returnAudit(@Args(() => ReturnAuditArgs) args: ReturnAuditArgs, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).returnToAuditor(args);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: "Put a submitted audit in a second officer's moderation queue" })
  requestModeration(@Args(() => RequestModerationArgs) args: RequestModerationArgs, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).requestModeration(args);
  }

  @Authorized(MODERATE)
  @Mutation(() => Audit, { description: "Record your moderation grade; the auditor's grade stays hidden from you until you do" })
  recordModeratorGrade(@Args(() => ModeratorGradeArgs) args: ModeratorGradeArgs, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).recordModeratorGrade(args);
  }

  @Authorized(MODERATE)
  @Mutation(() => Audit, { description: 'Record the grade agreed with the auditor: the grade that counts' })
  agreeAuditGrade(@Args(() => AgreeGradeArgs) args: AgreeGradeArgs, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).agreeGrade(args);
  }

  @Authorized(audits.writeRoles)
  @Query(() => [User], { description: 'Active users of a local authority who may be given audits to score or moderate' })
  async auditors(@Arg('localAuthorityId', () => UUID) localAuthorityId: string, @Ctx() ctx: Context): Promise<User[]> {
    authoritiesAsked(signedInUser(ctx), localAuthorityId);
    const users = await ctx.em.find(User, { active: true, localAuthorities: localAuthorityId }, { orderBy: { displayName: 'asc' } });
    return users.filter((user) => user.roles.some((role) => CAN_AUDIT.includes(role)));
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [ModerationAgreement], { description: "Agreement between auditors' and moderators' grades, per cycle (and auditor)" })
  moderationAgreement(
    @Arg('byAuditor', () => Boolean, { defaultValue: false }) byAuditor: boolean,
    @Ctx() ctx: Context,
  ): Promise<ModerationAgreement[]> {
    return moderationAgreement(ctx.em, signedInUser(ctx).localAuthorityIds, byAuditor);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [SectionGradeCount], { description: 'Grades given to each section by final audits, per cycle' })
  sectionGradeCounts(@Ctx() ctx: Context): Promise<SectionGradeCount[]> {
    return sectionGradeCounts(ctx.em, signedInUser(ctx).localAuthorityIds);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [OverrideCount], { description: 'Final audits whose overall grade overrode the suggested one, per cycle' })
  overrideCounts(@Ctx() ctx: Context): Promise<OverrideCount[]> {
    return overrideCounts(ctx.em, signedInUser(ctx).localAuthorityIds);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: 'Make a submitted (or moderated) audit final: from now on it counts in the figures' })
  finaliseAudit(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<Audit> {
    return auditService(ctx).finalise({ id, version });
  }

  @FieldResolver(() => LocalAuthority)
  @Extensions({ [STORED_RELATION]: true })
  localAuthority(@Root() audit: Audit): Ref<LocalAuthority> {
    return audit.localAuthority;
  }

  @Authorized(EVERY_ROLE)
  @Query(() => CriterionFindings, { description: 'Per rubric criterion, how often final audits judged it met, partly met or not met, worst first, with the audits behind each shortfall and the section grades per term' })
  criterionFindings(@Arg('options', () => CriterionFindingsOptions, { nullable: true }) options: CriterionFindingsOptions | null, @Ctx() ctx: Context): Promise<CriterionFindings> {
    return criterionFindings(ctx.em, signedInUser(ctx), options ?? {});
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [GradeTrendPoint], { description: 'Share of final audits graded good or outstanding, per term or year, within your local authorities' })
  gradeTrend(@Arg('options', () => GradeTrendOptions, { nullable: true }) options: GradeTrendOptions | null, @Ctx() ctx: Context): Promise<GradeTrendPoint[]> {
    const user = signedInUser(ctx);
    if (options?.minimumCount !== undefined && options.minimumCount !== null) checkMinimumCount(new FieldErrors(), user, options.minimumCount).throwIfAny();
    return gradeTrend(ctx.em, user.localAuthorityIds, options ?? {});
  }
}
