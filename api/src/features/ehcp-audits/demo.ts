import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_EHCP_RUBRIC, EXCLUDE_AUDITED_IN_LAST_CYCLES, generateAuditHistory, type SyntheticData } from '@send-qa/seeds';
import type { User } from '../../core/auth/user.entity.js';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import type { DemoContext } from '../../core/feature.js';
import type { PrimaryNeed, SettingType } from '../people/enums.js';
import { AuditOutcome, outcomeOf } from './audit-outcome.entity.js';
import { Audit, AuditSection, type JudgementValue } from './audit.entity.js';
import { AuditCycle, CycleKind, Stratum, Term } from './cycle.entity.js';
import { installDefaultRubric } from './default-rubric.js';
import { FollowUpAction } from './follow-up-action.entity.js';
import type { RubricVersion } from './rubric.entity.js';
import { suggestedGrade } from './scoring.js';

/** Demo accounts by the part they play; each moderates the other's audits. */
const AUDITOR_EMAIL = { auditor: 'auditor@example.org', qa: 'qa@example.org' } as const;
const MODERATOR_EMAIL = { auditor: 'qa@example.org', qa: 'admin@example.org' } as const;

/** Every authority gets the default rubric; the audit history follows unless the options leave it out. */
export async function loadAuditsDemo(em: EntityManager, { data, options, users, now }: DemoContext): Promise<void> {
  const rubricVersions = new Map(data.localAuthorities.map((la) => [la.id, installDefaultRubric(em, la.id, now)]));
  await em.flush();
  if (options.auditHistory ?? true) await loadAuditHistory(em, data, options, users, rubricVersions);
}

/**
 * Loads the generated audit history: past cycles of final, moderated audits and the current cycle with
 * audits in every state, scored against each authority's own rubric version. Suggested grades and the
 * trend's outcome rows come from the same code the API uses when auditors score and QA officers finalise.
 */
export async function loadAuditHistory(
  em: EntityManager,
  data: SyntheticData,
  options: { seed: number; asOf: string },
  users: ReadonlyMap<string, User>,
  rubricVersions: ReadonlyMap<string, RubricVersion>,
): Promise<{ cycles: number; audits: number }> {
  const history = generateAuditHistory(data, { ...options, rubric: DEFAULT_EHCP_RUBRIC });
  const plans = new Map(data.plans.map((p) => [p.id, p]));
  const children = new Map(data.children.map((c) => [c.id, c]));
  const settings = new Map(data.settings.map((s) => [s.id, s]));
  const cycles = new Map(history.cycles.map((c) => [c.id, c]));
  const user = (email: string) => users.get(email) ?? fail(`demo user ${email} is missing`);
  const versionFor = (localAuthorityId: string) => rubricVersions.get(localAuthorityId) ?? fail(`no rubric for ${localAuthorityId}`);
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };

  await bulkInsert(
    em,
    AuditCycle,
    history.cycles.map(({ localAuthorityId, term, sampledAt, ...cycle }) => ({
      ...cycle,
      ...stamp,
      localAuthority: localAuthorityId,
      kind: CycleKind.EHCP_AUDIT,
      term: Term[term],
      // Bulk inserts skip the entity's defaults; these are the settings the generator sampled with.
      stratifyBy: [Stratum.TEAM, Stratum.PHASE, Stratum.PRIMARY_NEED],
      excludeAuditedInLastCycles: EXCLUDE_AUDITED_IN_LAST_CYCLES,
      includePlanIds: [],
      reauditBelowGood: true,
      // The demo moderates every audit, so the board sees moderated figures throughout.
      moderationSharePercent: 100,
      agreementTargetPercent: 80,
      rubricVersion: versionFor(localAuthorityId).id,
      sampledAt: new Date(sampledAt),
    })),
  );
  const audits = history.audits.map((audit) => {
    const version = versionFor(audit.localAuthorityId);
    const sections = audit.sections.map(({ code, grade, evidence, judgements }) => {
      const criteria = version.sections.find((s) => s.code === code)?.criteria ?? fail(`section ${code} is not in the rubric`);
      return Object.assign(new AuditSection(), {
        code,
        grade,
        evidence,
        judgements: judgements.map((judgement, i) => ({ key: criteria[i]!.key, judgement: judgement as JudgementValue })),
      });
    });
    return {
      ...stamp,
      id: audit.id,
      localAuthority: audit.localAuthorityId,
      cycle: audit.cycleId,
      plan: audit.planId,
      rubricVersion: version.id,
      status: audit.status,
      auditor: audit.auditor ? user(AUDITOR_EMAIL[audit.auditor]).id : null,
      lens: audit.lens,
      sections,
      strengths: audit.strengths,
      areasForDevelopment: audit.areasForDevelopment,
      suggestedGrade: sections.length > 0 ? suggestedGrade(version, sections) : null,
      overallGrade: audit.overallGrade,
      overrideReason: audit.overrideReason,
      returnReason: audit.returnReason,
      submittedAt: audit.submittedAt ? new Date(audit.submittedAt) : null,
      moderator: audit.auditor && audit.moderatorAssigned ? user(MODERATOR_EMAIL[audit.auditor]).id : null,
      moderatorGrade: audit.moderatorGrade,
      agreedGrade: audit.agreedGrade,
      moderationNotes: audit.agreedGrade !== null && audit.agreedGrade !== audit.overallGrade ? 'Agreed after discussion of sections E and F.' : null,
    };
  });
  await bulkInsert(em, Audit, audits, 1000);

  const outcomes = history.audits.flatMap((audit) => {
    if (audit.finalisedAt === null) return [];
    const plan = plans.get(audit.planId)!;
    const child = children.get(plan.childId)!;
    const cycle = cycles.get(audit.cycleId)!;
    return [
      outcomeOf({
        auditId: audit.id,
        localAuthorityId: audit.localAuthorityId,
        cycle: { academicYear: cycle.academicYear, term: Term[cycle.term], opensOn: cycle.opensOn, kind: CycleKind.EHCP_AUDIT },
        teamId: plan.teamId,
        child: { primaryNeed: child.primaryNeed as PrimaryNeed, dateOfBirth: child.dateOfBirth },
        settingType: plan.settingId ? (settings.get(plan.settingId)!.type as SettingType) : null,
        grade: audit.agreedGrade ?? audit.overallGrade!,
        finalisedAt: new Date(audit.finalisedAt),
      }),
    ];
  });
  await bulkInsert(em, AuditOutcome, outcomes);
  await bulkInsert(
    em,
    FollowUpAction,
    history.actions.map(({ auditId, localAuthorityId, teamId, ...action }) => ({
      ...action,
      ...stamp,
      audit: auditId,
      localAuthority: localAuthorityId,
      team: teamId,
    })),
  );
  return { cycles: history.cycles.length, audits: history.audits.length };
}

function fail(message: string): never {
  throw new Error(message);
}
