import { relations } from '../../core/access/relations.js';
import { User } from '../../core/auth/user.entity.js';
import { pgArray } from '../../core/db/sql.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors, ForbiddenError } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { outcomeOf } from './audit-outcome.entity.js';
import { Audit, AuditStatus, type AuditLens } from './audit.entity.js';
import type { AgreeGradeArgs, AssignAuditArgs, AssignCycleAuditsArgs, AuditFilter, ModeratorGradeArgs, RequestModerationArgs, ReturnAuditArgs, SaveAuditSectionArgs, SubmitAuditArgs } from './audit.inputs.js';
import { audits, CAN_AUDIT, EDITABLE, MODERATE } from './audit.resource.js';
import { shareOut } from './assignment.js';
import { assertRunsCycle, REQUIRED_LENS } from './cycle-roles.js';
import type { CycleKind } from './cycle.entity.js';
import { auditCycles } from './cycle.resource.js';
import { sectionsWithoutEvidence, suggestedGrade, unfinishedSections, unjudgedCriteria, withSection } from './scoring.js';

/** The audit's workflow: assignment, scoring, submission, moderation, finalising and return, each checked against its rules. */
export class AuditService extends ResourceService<Audit, AuditFilter> {
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

export const auditService = (ctx: Context) => new AuditService(ctx, audits);
