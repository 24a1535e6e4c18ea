import type { Ref } from '@mikro-orm/core';
import { ArrayUnique, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Extensions, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { STORED_RELATION } from '../../core/access/lean.js';
import { relations } from '../../core/access/relations.js';
import { pgArray } from '../../core/db/sql.js';
import { hasAnyRole } from '../../core/auth/auth-user.js';
import { Role } from '../../core/auth/roles.js';
import { User } from '../../core/auth/user.entity.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors, ForbiddenError } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { ReadOnlyResourceResolver } from '../../core/graphql/resource.resolver.js';
import { LocalAuthority } from '../../core/tenancy/local-authority.entity.js';
import { outcomeOf } from './audit-outcome.entity.js';
import { Audit, AuditLens, AuditStatus, JudgementValue } from './audit.entity.js';
import { blindModeration } from './blind.js';
import { AssignmentStrategy, shareOut } from './assignment.js';
import { assertRunsCycle, CYCLE_RUNNERS, REQUIRED_LENS } from './cycle-roles.js';
import type { CycleKind } from './cycle.entity.js';
import { auditCycles } from './cycle.resolver.js';
import { sectionsWithoutEvidence, suggestedGrade, unfinishedSections, unjudgedCriteria, withSection } from './scoring.js';
import { OverrideCount, SectionGradeCount, overrideCounts, sectionGradeCounts } from './figures.js';
import { ModerationAgreement, moderationAgreement } from './moderation.js';
import { GradeTrendOptions, GradeTrendPoint, gradeTrend } from './trend.js';
import { UUID } from '../../core/graphql/uuid.js';

/** Roles that see every audit of their local authorities; an auditor otherwise sees only those given to them to score or moderate. */
const SEE_ALL_AUDITS = [Role.ADMIN, Role.QA_OFFICER, Role.DCO, Role.VIEWER];
/** Who may be given an audit to score. */
const CAN_AUDIT = [Role.AUDITOR, Role.QA_OFFICER, Role.DCO];
/** Who may moderate another officer's audit. */
const MODERATE = [...CAN_AUDIT, Role.ADMIN];

@InputType()
export class AuditFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) cycleId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) auditorId?: string;
  @Field(() => UUID, { nullable: true }) moderatorId?: string;
  @Field(() => AuditStatus, { nullable: true }) status?: AuditStatus;
  @Field(() => AuditLens, { nullable: true }) lens?: AuditLens;
  @Field(() => Boolean, { nullable: true, description: 'True: still with its auditor (assigned, in progress or returned); false: the others' })
  toDo?: boolean;
}

/** States in which the assigned auditor may still change an audit: their work still to do. */
export const EDITABLE = [AuditStatus.ASSIGNED, AuditStatus.IN_PROGRESS, AuditStatus.RETURNED];

@ArgsType()
class AssignAuditArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => UUID) auditorId!: string;
  @Field(() => AuditLens, { nullable: true, description: 'For multi-agency audits' }) lens?: AuditLens | null;
}

@ArgsType()
class AssignCycleAuditsArgs {
  @Field(() => UUID) cycleId!: string;
  @Field(() => [UUID], { description: 'The auditors to share the audits among; ties go to the one listed first' }) @ArrayUnique() auditorIds!: string[];
  @Field(() => AssignmentStrategy) strategy!: AssignmentStrategy;
  @Field(() => AuditLens, { nullable: true, description: 'For multi-agency audits: the lens every audit is scored with' }) lens?: AuditLens | null;
}

@InputType()
export class CriterionJudgementInput {
  @Field(() => String) @Length(1, 40) key!: string;
  @Field(() => JudgementValue) judgement!: JudgementValue;
}

@ArgsType()
class SaveAuditSectionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'The rubric section, e.g. B' }) @Length(1, 10) code!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(4) grade?: number | null;
  @Field(() => String) @Length(0, 20_000) evidence!: string;
  @Field(() => [CriterionJudgementInput]) @ValidateNested() judgements!: CriterionJudgementInput[];
}

@ArgsType()
class SubmitAuditArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) @Length(0, 20_000) strengths!: string;
  @Field(() => String) @Length(0, 20_000) areasForDevelopment!: string;
  @Field(() => Int, { nullable: true, description: 'Leave out to accept the suggested grade' }) @IsOptional() @Min(1) @Max(4) overallGrade?: number | null;
  @Field(() => String, { nullable: true, description: 'Required when the overall grade differs from the suggested one' })
  @IsOptional()
  @Length(0, 4000)
  overrideReason?: string | null;
}

@ArgsType()
class RequestModerationArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => UUID) moderatorId!: string;
}

@ArgsType()
class ModeratorGradeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int) @Min(1) @Max(4) grade!: number;
}

@ArgsType()
class AgreeGradeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int) @Min(1) @Max(4) agreedGrade!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) notes?: string | null;
}

@ArgsType()
class ReturnAuditArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) @Length(1, 4000) reason!: string;
}

export const audits: ResourceDefinition<Audit, AuditFilter> = {
  entity: Audit,
  name: 'Audit',
  plural: 'Audits',
  filter: AuditFilter,
  tenancy: (user) =>
    hasAnyRole(user, SEE_ALL_AUDITS)
      ? { localAuthority: { $in: user.localAuthorityIds } }
      : { localAuthority: { $in: user.localAuthorityIds }, $or: [{ auditor: user.id }, { moderator: user.id }] },
  readRoles: [...SEE_ALL_AUDITS, Role.AUDITOR],
  writeRoles: CYCLE_RUNNERS,
  // An audit is due when its cycle closes.
  sortFields: { status: 'status', caseReference: 'plan.child.caseReference', cycle: 'cycle.opensOn', dueOn: 'cycle.closesOn' },
  filterFields: { toDo: (toDo: boolean) => ({ status: toDo ? { $in: EDITABLE } : { $nin: EDITABLE } }) },
  defaultSort: { field: 'caseReference', order: SortOrder.ASC },
  redactions: [blindModeration],
};

class AuditService extends ResourceService<Audit, AuditFilter> {
  /** Only those who run this kind of cycle manage its audits. */
  private async assertRuns(audit: Audit) {
    const cycle = await audit.cycle.loadOrFail();
    assertRunsCycle(this.user, cycle.kind);
    return cycle;
  }

  /** Whether `auditor` may be given this cycle's audits with this lens; `field` names the argument that chose them. */
  private checkAuditor(auditor: User | null, kind: CycleKind, lens: AuditLens | null | undefined, field: string, errors: FieldErrors): FieldErrors {
    const required = REQUIRED_LENS[kind];
    return errors
      .check(auditor !== null && auditor.roles.some((role) => CAN_AUDIT.includes(role)), field, 'canAudit', 'must be an active auditor, QA officer or DCO of this local authority')
      .check(
        !required || lens === required.lens || Boolean(auditor?.roles.includes(required.unlessRole)),
        'lens',
        'requiredLens',
        `this cycle's audits are scored with the ${required?.lens.toLowerCase()} lens unless by a ${required?.unlessRole}`,
      );
  }

  /** Gives an audit that has not been submitted to an auditor of the same local authority. */
  assign({ auditorId, lens, ...args }: AssignAuditArgs): Promise<Audit> {
    return this.updateRecord(args, async (audit) => {
      const { kind } = await this.assertRuns(audit);
      const errors = new FieldErrors().check(
        [AuditStatus.UNASSIGNED, AuditStatus.ASSIGNED].includes(audit.status),
        'id',
        'notStarted',
        'only an audit that has not been started can be (re)assigned',
      );
      const auditor = await this.em.findOne(User, { id: auditorId, active: true, localAuthorities: audit.localAuthority.id });
      this.checkAuditor(auditor, kind, lens, 'auditorId', errors).throwIfAny();
      this.em.assign(audit, { auditor, lens: lens ?? null, status: AuditStatus.ASSIGNED });
    });
  }

  /**
   * Shares out every unassigned audit of a cycle among the auditors chosen, in one go: all are assigned
   * or, if any auditor may not be given them, none is. Each audit's change is in its history as if
   * assigned one at a time.
   */
  async assignCycle({ cycleId, auditorIds, strategy, lens }: AssignCycleAuditsArgs): Promise<Audit[]> {
    const cycle = await new ResourceService(this.ctx, auditCycles).get(cycleId);
    assertRunsCycle(this.user, cycle.kind);
    const la = cycle.localAuthority.id;
    const errors = new FieldErrors().check(auditorIds.length > 0, 'auditorIds', 'notEmpty', 'choose at least one auditor');
    const found = await this.em.find(User, { id: { $in: auditorIds }, active: true, localAuthorities: la });
    const auditors = auditorIds.map((id) => found.find((user) => user.id === id) ?? null);
    auditors.forEach((auditor, i) => this.checkAuditor(auditor, cycle.kind, lens, `auditorIds[${i}]`, errors));
    const waiting = await this.em.find(Audit, { cycle, status: AuditStatus.UNASSIGNED }, { populate: ['plan.child'] });
    errors.check(waiting.length > 0, 'cycleId', 'hasUnassigned', 'no audit in this cycle is waiting for an auditor').throwIfAny();
    const open: { auditor_id: string; n: number }[] = await this.em.execute(
      'select auditor_id, count(*)::int as n from audit where local_authority_id = ? and auditor_id in (select unnest(?::uuid[])) and status in (?, ?, ?) group by auditor_id',
      [la, pgArray(auditorIds), ...EDITABLE],
    );
    const shares = shareOut(
      waiting.map((audit) => ({ id: audit.id, caseReference: audit.plan.getEntity().child.getEntity().caseReference, teamId: audit.plan.getEntity().team?.id ?? null })),
      auditorIds.map((id) => ({ id, openAudits: open.find((row) => row.auditor_id === id)?.n ?? 0 })),
      strategy,
    );
    for (const audit of waiting) {
      this.em.assign(audit, { auditor: found.find((user) => user.id === shares.get(audit.id))!, lens: lens ?? null, status: AuditStatus.ASSIGNED });
    }
    await this.em.flush();
    return relations(this.ctx).vouch(waiting);
  }

  /** Only the auditor it is assigned to scores an audit, and only until it is submitted. */
  private assertScorable(audit: Audit): void {
    if (audit.auditor?.id !== this.user.id) throw new ForbiddenError('Only the auditor this audit is assigned to can score it');
    new FieldErrors()
      .check(EDITABLE.includes(audit.status), 'id', 'notEditable', `a ${audit.status.toLowerCase()} audit can no longer be changed by its auditor`)
      .throwIfAny();
  }

  /**
   * Saves one section. Safe to repeat: sending the same section again after a lost answer returns the
   * audit as saved rather than a conflict; a different change on a stale version is still refused.
   */
  async saveSection({ id, version, ...input }: SaveAuditSectionArgs): Promise<Audit> {
    const current = await this.get(id);
    const judgements = input.judgements.map(({ key, judgement }) => ({ key, judgement }));
    const saved = current.sections.find((s) => s.code === input.code);
    const repeated =
      saved !== undefined &&
      saved.evidence === input.evidence &&
      (input.grade ?? saved.grade) === saved.grade &&
      JSON.stringify(saved.judgements.map(({ key, judgement }) => ({ key, judgement }))) === JSON.stringify(judgements);
    if (current.version !== version && repeated) return current;
    return this.updateRecord({ id, version }, async (audit) => {
      this.assertScorable(audit);
      const errors = new FieldErrors();
      const rubric = await audit.rubricVersion.loadOrFail();
      audit.sections = withSection(rubric, audit.sections, { ...input, judgements }, errors);
      errors.throwIfAny();
      audit.suggestedGrade = suggestedGrade(rubric, audit.sections);
      audit.status = AuditStatus.IN_PROGRESS;
    });
  }

  submit({ strengths, areasForDevelopment, overallGrade, overrideReason, ...args }: SubmitAuditArgs): Promise<Audit> {
    return this.updateRecord(args, async (audit) => {
      this.assertScorable(audit);
      const rubric = await audit.rubricVersion.loadOrFail();
      const unfinished = unfinishedSections(rubric, audit.sections);
      const suggested = suggestedGrade(rubric, audit.sections);
      const overall = overallGrade ?? suggested;
      const overridden = overall !== suggested;
      const unjudged = rubric.requireJudgements ? unjudgedCriteria(rubric, audit.sections) : [];
      const unevidenced = rubric.requireEvidence ? sectionsWithoutEvidence(rubric, audit.sections) : [];
      new FieldErrors()
        .check(unfinished.length === 0, 'sections', 'allSectionsGraded', `still to score: ${unfinished.join(', ')}`)
        .check(unjudged.length === 0, 'judgements', 'allCriteriaJudged', `this rubric needs every criterion judged; still to judge: ${unjudged.join(', ')}`)
        .check(unevidenced.length === 0, 'evidence', 'evidenceInEverySection', `this rubric needs evidence notes in every section; none yet in: ${unevidenced.join(', ')}`)
        .check(!overridden || Boolean(overrideReason?.trim()), 'overrideReason', 'reasonRequired', `give a reason for grading ${overall} rather than the suggested ${suggested}`)
        .throwIfAny();
      this.em.assign(audit, {
        strengths,
        areasForDevelopment,
        suggestedGrade: suggested,
        overallGrade: overall,
        overrideReason: overridden ? overrideReason!.trim() : null,
        status: AuditStatus.SUBMITTED,
        submittedAt: new Date(),
        returnReason: null,
      });
    });
  }

  /** Puts a submitted audit in a second officer's moderation queue. */
  requestModeration({ moderatorId, ...args }: RequestModerationArgs): Promise<Audit> {
    return this.updateRecord(args, async (audit) => {
      await this.assertRuns(audit);
      const moderator = await this.em.findOne(User, { id: moderatorId, active: true, localAuthorities: audit.localAuthority.id });
      new FieldErrors()
        .check(audit.status === AuditStatus.SUBMITTED, 'id', 'submitted', 'only a submitted audit can be moderated')
        .check(moderator !== null && moderator.roles.some((role) => MODERATE.includes(role)), 'moderatorId', 'canModerate', 'must be an active QA officer, admin, DCO or auditor of this local authority')
        .check(moderatorId !== audit.auditor?.id, 'moderatorId', 'notTheAuditor', 'an auditor cannot moderate their own audit')
        .throwIfAny();
      this.em.assign(audit, { moderator, moderatorGrade: null, agreedGrade: null, moderationNotes: null });
    });
  }

  private assertModerator(audit: Audit): void {
    if (audit.moderator?.id !== this.user.id) throw new ForbiddenError('Only the moderator of this audit can moderate it');
    new FieldErrors().check(audit.status === AuditStatus.SUBMITTED, 'id', 'submitted', 'this audit is not waiting for moderation').throwIfAny();
  }

  /** The moderator's own grade, recorded before the auditor's grade becomes visible to them. */
  recordModeratorGrade({ grade, ...args }: ModeratorGradeArgs): Promise<Audit> {
    return this.updateRecord(args, (audit) => {
      this.assertModerator(audit);
      new FieldErrors().check(audit.moderatorGrade === null || audit.moderatorGrade === undefined, 'grade', 'alreadyGiven', 'your grade is already recorded').throwIfAny();
      audit.moderatorGrade = grade;
    });
  }

  /** The grade auditor and moderator agreed, which is the one that counts. */
  agreeGrade({ agreedGrade, notes, ...args }: AgreeGradeArgs): Promise<Audit> {
    return this.updateRecord(args, (audit) => {
      this.assertModerator(audit);
      new FieldErrors()
        .check(audit.moderatorGrade !== null && audit.moderatorGrade !== undefined, 'agreedGrade', 'moderatorGradeFirst', 'record your own grade before the agreed one')
        .throwIfAny();
      this.em.assign(audit, { agreedGrade, moderationNotes: notes ?? null, status: AuditStatus.MODERATED });
    });
  }

  /**
   * Makes an audit count: it becomes FINAL and its outcome is recorded with the plan's team, need,
   * phase and setting type as they are now, so later changes to the plan do not rewrite the trend.
   */
  finalise(args: { id: string; version: number }): Promise<Audit> {
    return this.updateRecord(args, async (audit) => {
      const cycle = await this.assertRuns(audit);
      new FieldErrors()
        .check([AuditStatus.SUBMITTED, AuditStatus.MODERATED].includes(audit.status), 'id', 'submitted', 'only a submitted or moderated audit can be made final')
        .throwIfAny();
      const plan = await audit.plan.loadOrFail();
      const [child, setting] = await Promise.all([plan.child.loadOrFail(), plan.setting?.loadOrFail() ?? null]);
      audit.status = AuditStatus.FINAL;
      this.em.persist(
        outcomeOf({
          auditId: audit.id,
          localAuthorityId: audit.localAuthority.id,
          cycle,
          teamId: plan.team?.id ?? null,
          child,
          settingType: setting?.type ?? null,
          grade: audit.agreedGrade ?? audit.overallGrade!,
          finalisedAt: new Date(),
        }),
      );
    });
  }

  /** A QA officer sends a submitted audit back to its auditor, saying why. */
  returnToAuditor({ reason, ...args }: ReturnAuditArgs): Promise<Audit> {
    return this.updateRecord(args, async (audit) => {
      await this.assertRuns(audit);
      new FieldErrors().check(audit.status === AuditStatus.SUBMITTED, 'id', 'submitted', 'only a submitted audit can be returned').throwIfAny();
      this.em.assign(audit, { status: AuditStatus.RETURNED, returnReason: reason });
    });
  }
}

const service = (ctx: Context) => new AuditService(ctx, audits);

@Resolver(() => Audit)
export class AuditResolver extends ReadOnlyResourceResolver(audits, service) {
  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: 'Give a sampled audit to an auditor, with a lens for multi-agency audits' })
  assignAudit(@Args(() => AssignAuditArgs) args: AssignAuditArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).assign(args);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => [Audit], { description: "Share out every unassigned audit of a cycle among the auditors chosen (by team, by load or in turn), all or none" })
  assignCycleAudits(@Args(() => AssignCycleAuditsArgs) args: AssignCycleAuditsArgs, @Ctx() ctx: Context): Promise<Audit[]> {
    return service(ctx).assignCycle(args);
  }

  @Authorized([Role.AUDITOR, Role.QA_OFFICER, Role.DCO])
  @Mutation(() => Audit, { description: 'Save one section of an audit assigned to you' })
  saveAuditSection(@Args(() => SaveAuditSectionArgs) args: SaveAuditSectionArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).saveSection(args);
  }

  @Authorized([Role.AUDITOR, Role.QA_OFFICER, Role.DCO])
  @Mutation(() => Audit, { description: 'Submit an audit assigned to you: every section scored, and a reason for any override' })
  submitAudit(@Args(() => SubmitAuditArgs) args: SubmitAuditArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).submit(args);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: 'Send a submitted audit back to its auditor with a reason' })
  returnAudit(@Args(() => ReturnAuditArgs) args: ReturnAuditArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).returnToAuditor(args);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: "Put a submitted audit in a second officer's moderation queue" })
  requestModeration(@Args(() => RequestModerationArgs) args: RequestModerationArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).requestModeration(args);
  }

  @Authorized(MODERATE)
  @Mutation(() => Audit, { description: "Record your moderation grade; the auditor's grade stays hidden from you until you do" })
  recordModeratorGrade(@Args(() => ModeratorGradeArgs) args: ModeratorGradeArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).recordModeratorGrade(args);
  }

  @Authorized(MODERATE)
  @Mutation(() => Audit, { description: 'Record the grade agreed with the auditor: the grade that counts' })
  agreeAuditGrade(@Args(() => AgreeGradeArgs) args: AgreeGradeArgs, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).agreeGrade(args);
  }

  @Authorized(audits.writeRoles)
  @Query(() => [User], { description: 'Active users of a local authority who may be given audits to score or moderate' })
  async auditors(@Arg('localAuthorityId', () => UUID) localAuthorityId: string, @Ctx() ctx: Context): Promise<User[]> {
    authoritiesAsked(signedInUser(ctx), localAuthorityId);
    const users = await ctx.em.find(User, { active: true, localAuthorities: localAuthorityId }, { orderBy: { displayName: 'asc' } });
    return users.filter((user) => user.roles.some((role) => CAN_AUDIT.includes(role)));
  }

  @Authorized()
  @Query(() => [ModerationAgreement], { description: "Agreement between auditors' and moderators' grades, per cycle (and auditor)" })
  moderationAgreement(
    @Arg('byAuditor', () => Boolean, { defaultValue: false }) byAuditor: boolean,
    @Ctx() ctx: Context,
  ): Promise<ModerationAgreement[]> {
    return moderationAgreement(ctx.em, signedInUser(ctx).localAuthorityIds, byAuditor);
  }

  @Authorized()
  @Query(() => [SectionGradeCount], { description: 'Grades given to each section by final audits, per cycle' })
  sectionGradeCounts(@Ctx() ctx: Context): Promise<SectionGradeCount[]> {
    return sectionGradeCounts(ctx.em, signedInUser(ctx).localAuthorityIds);
  }

  @Authorized()
  @Query(() => [OverrideCount], { description: 'Final audits whose overall grade overrode the suggested one, per cycle' })
  overrideCounts(@Ctx() ctx: Context): Promise<OverrideCount[]> {
    return overrideCounts(ctx.em, signedInUser(ctx).localAuthorityIds);
  }

  @Authorized(audits.writeRoles)
  @Mutation(() => Audit, { description: 'Make a submitted (or moderated) audit final: from now on it counts in the figures' })
  finaliseAudit(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<Audit> {
    return service(ctx).finalise({ id, version });
  }

  @FieldResolver(() => LocalAuthority)
  @Extensions({ [STORED_RELATION]: true })
  localAuthority(@Root() audit: Audit): Ref<LocalAuthority> {
    return audit.localAuthority;
  }

  @Authorized()
  @Query(() => [GradeTrendPoint], { description: 'Share of final audits graded good or outstanding, per term or year, within your local authorities' })
  gradeTrend(@Arg('options', () => GradeTrendOptions, { nullable: true }) options: GradeTrendOptions | null, @Ctx() ctx: Context): Promise<GradeTrendPoint[]> {
    return gradeTrend(ctx.em, signedInUser(ctx).localAuthorityIds, options ?? {});
  }
}
