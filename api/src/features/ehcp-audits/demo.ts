import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_EHCP_RUBRIC, EXCLUDE_AUDITED_IN_LAST_CYCLES, generateAuditHistory, type SyntheticFollowUpAction } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import type { DemoContext } from '../../core/feature.js';
import type { PrimaryNeed, SettingType } from '../people/index.js';
import { AuditOutcome, outcomeOf } from './audit-outcome.entity.js';
import { Audit, AuditLens, AuditSection, type JudgementValue } from './audit.entity.js';
import { AuditCycle, CycleKind, Stratum, Term } from './cycle.entity.js';
import { installDefaultRubric } from './default-rubric.js';
import { FollowUpAction } from './follow-up-action.entity.js';
import type { RubricVersion } from './rubric.entity.js';
import { suggestedGrade } from './scoring.js';

/** Demo accounts by the part they play; each moderates the other's audits. */
const AUDITOR_EMAIL = { auditor: 'auditor@example.org', qa: 'qa@example.org' } as const;
const MODERATOR_EMAIL = { auditor: 'qa@example.org', qa: 'admin@example.org' } as const;

/** One generated audit, its people already demo users' ids and its judgements by criterion index. */
export interface GeneratedAudit {
  id: string;
  cycleId: string;
  localAuthorityId: string;
  planId: string;
  status: string;
  auditorId: string | null;
  moderatorId?: string | null;
  lens: AuditLens | null;
  sections: { code: string; grade?: number | null; evidence?: string; judgements: string[] }[];
  strengths: string;
  areasForDevelopment: string;
  overallGrade: number | null;
  overrideReason?: string | null;
  returnReason?: string | null;
  submittedAt: string | null;
  moderatorGrade?: number | null;
  agreedGrade?: number | null;
  moderationNotes?: string | null;
  finalisedAt: string | null;
}

/** Generated cycles of one kind with their audits and follow-up actions, as a feature's demo hands them to loadCycles. */
export interface GeneratedCycles {
  kind: CycleKind;
  /** How the generator drew the samples; bulk inserts skip the entity's defaults. */
  settings: Pick<AuditCycle, 'stratifyBy' | 'excludeAuditedInLastCycles'> & Partial<Pick<AuditCycle, 'moderationSharePercent' | 'agreementTargetPercent'>>;
  /** The rubric version each authority's cycles score against. */
  rubricVersions: ReadonlyMap<string, RubricVersion>;
  cycles: { id: string; localAuthorityId: string; name: string; term: keyof typeof Term; academicYear: number; opensOn: string; closesOn: string; seed: number; sampleSize: number; sampledAt: string }[];
  audits: GeneratedAudit[];
  actions: SyntheticFollowUpAction[];
}

/** Judgements by criterion index, as the generator gives them, become sections keyed as in the rubric version. */
export function generatedSections(version: RubricVersion, sections: GeneratedAudit['sections']): AuditSection[] {
  return sections.map(({ code, grade, evidence, judgements }) => {
    const criteria = version.sections.find((s) => s.code === code)?.criteria ?? fail(`section ${code} is not in the rubric`);
    return Object.assign(new AuditSection(), {
      code,
      grade: grade ?? null,
      evidence: evidence ?? '',
      judgements: judgements.map((judgement, i) => ({ key: criteria[i]!.key, judgement: judgement as JudgementValue })),
    });
  });
}

/**
 * Loads generated cycles, audits and follow-up actions of any kind (the EHCP audits' own, the DCO's
 * deep dives): sections keyed as in the rubric version, suggested grades and the trend's outcome rows
 * from the same code the API uses when auditors score and QA officers finalise.
 */
export async function loadCycles(em: EntityManager, { data, stamp }: DemoContext, generated: GeneratedCycles): Promise<void> {
  const versionFor = (localAuthorityId: string) => generated.rubricVersions.get(localAuthorityId) ?? fail(`no rubric for ${localAuthorityId}`);
  await bulkInsert(
    em,
    AuditCycle,
    generated.cycles.map(({ localAuthorityId, term, sampledAt, ...cycle }) => ({
      ...cycle,
      ...stamp,
      ...generated.settings,
      localAuthority: localAuthorityId,
      kind: generated.kind,
      term: Term[term],
      includePlanIds: [],
      reauditBelowGood: true,
      rubricVersion: versionFor(localAuthorityId).id,
      sampledAt: new Date(sampledAt),
    })),
  );
  await bulkInsert(
    em,
    Audit,
    generated.audits.map((audit) => {
      const version = versionFor(audit.localAuthorityId);
      const sections = generatedSections(version, audit.sections);
      return {
        ...stamp,
        id: audit.id,
        localAuthority: audit.localAuthorityId,
        cycle: audit.cycleId,
        plan: audit.planId,
        rubricVersion: version.id,
        status: audit.status,
        auditor: audit.auditorId,
        lens: audit.lens,
        sections,
        strengths: audit.strengths,
        areasForDevelopment: audit.areasForDevelopment,
        suggestedGrade: sections.length > 0 ? suggestedGrade(version, sections) : null,
        overallGrade: audit.overallGrade,
        overrideReason: audit.overrideReason ?? null,
        returnReason: audit.returnReason ?? null,
        submittedAt: audit.submittedAt ? new Date(audit.submittedAt) : null,
        moderator: audit.moderatorId ?? null,
        moderatorGrade: audit.moderatorGrade ?? null,
        agreedGrade: audit.agreedGrade ?? null,
        moderationNotes: audit.moderationNotes ?? null,
      };
    }),
    1000,
  );

  const plans = new Map(data.plans.map((p) => [p.id, p]));
  const children = new Map(data.children.map((c) => [c.id, c]));
  const settings = new Map(data.settings.map((s) => [s.id, s]));
  const cycles = new Map(generated.cycles.map((c) => [c.id, c]));
  await bulkInsert(
    em,
    AuditOutcome,
    generated.audits.flatMap((audit) => {
      if (audit.finalisedAt === null) return [];
      const plan = plans.get(audit.planId)!;
      const child = children.get(plan.childId)!;
      const cycle = cycles.get(audit.cycleId)!;
      return [
        outcomeOf({
          auditId: audit.id,
          localAuthorityId: audit.localAuthorityId,
          cycle: { academicYear: cycle.academicYear, term: Term[cycle.term], opensOn: cycle.opensOn, kind: generated.kind },
          teamId: plan.teamId,
          child: { primaryNeed: child.primaryNeed as PrimaryNeed, dateOfBirth: child.dateOfBirth },
          settingType: plan.settingId ? (settings.get(plan.settingId)!.type as SettingType) : null,
          grade: audit.agreedGrade ?? audit.overallGrade!,
          finalisedAt: new Date(audit.finalisedAt),
        }),
      ];
    }),
  );
  await bulkInsert(
    em,
    FollowUpAction,
    generated.actions.map(({ auditId, localAuthorityId, teamId, ...action }) => ({ ...action, ...stamp, audit: auditId, localAuthority: localAuthorityId, team: teamId })),
  );
}

/**
 * Every authority gets the default rubric; then, unless the options leave it out, the generated audit
 * history: past cycles of final, moderated audits and the current cycle with audits in every state.
 */
export async function loadAuditsDemo(em: EntityManager, demo: DemoContext): Promise<void> {
  const { data, options, users, now } = demo;
  const rubricVersions = new Map(data.localAuthorities.map((la) => [la.id, installDefaultRubric(em, la.id, now)]));
  await em.flush();
  if (!(options.auditHistory ?? true)) return;
  const history = generateAuditHistory(data, { ...options, rubric: DEFAULT_EHCP_RUBRIC });
  const user = (email: string) => users.get(email)?.id ?? fail(`demo user ${email} is missing`);
  await loadCycles(em, demo, {
    kind: CycleKind.EHCP_AUDIT,
    // The demo moderates every audit, so the board sees moderated figures throughout.
    settings: { stratifyBy: [Stratum.TEAM, Stratum.PHASE, Stratum.PRIMARY_NEED], excludeAuditedInLastCycles: EXCLUDE_AUDITED_IN_LAST_CYCLES, moderationSharePercent: 100, agreementTargetPercent: 80 },
    rubricVersions,
    cycles: history.cycles,
    audits: history.audits.map(({ auditor, moderatorAssigned, lens, ...audit }) => ({
      ...audit,
      auditorId: auditor ? user(AUDITOR_EMAIL[auditor]) : null,
      moderatorId: auditor && moderatorAssigned ? user(MODERATOR_EMAIL[auditor]) : null,
      lens: lens ? AuditLens[lens] : null,
      moderationNotes: audit.agreedGrade !== null && audit.agreedGrade !== audit.overallGrade ? 'Agreed after discussion of sections E and F.' : null,
    })),
    actions: history.actions,
  });
}

function fail(message: string): never {
  throw new Error(message);
}
