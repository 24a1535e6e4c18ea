import type { EntityManager } from '@mikro-orm/postgresql';
import { generateHealthHistory, HEALTH_ADVICE_RUBRIC, HEALTH_DEEP_DIVE_RUBRIC, type SyntheticData } from '@send-qa/seeds';
import type { User } from '../../core/auth/user.entity.js';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { AuditOutcome, outcomeOf } from '../ehcp-audits/audit-outcome.entity.js';
import { Audit, AuditLens, AuditSection, type JudgementValue } from '../ehcp-audits/audit.entity.js';
import { AuditCycle, CycleKind, Stratum, Term } from '../ehcp-audits/cycle.entity.js';
import { FollowUpAction } from '../ehcp-audits/follow-up-action.entity.js';
import type { RubricVersion } from '../ehcp-audits/rubric.entity.js';
import { suggestedGrade } from '../ehcp-audits/scoring.js';
import type { PrimaryNeed, SettingType } from '../people/enums.js';
import { HealthAdvice } from './health-advice.entity.js';
import { HealthSignOff } from './health-sign-off.entity.js';
import { installHealthRubrics } from './rubrics.js';

const DEMO_AUDITOR = { dco: 'dco@example.org', auditor: 'auditor@example.org' } as const;

/** Judgements by criterion index, as the generator gives them, become sections keyed as in the version. */
function sectionsFor(version: RubricVersion, sections: { code: string; grade?: number; evidence?: string; judgements: string[] }[]): AuditSection[] {
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
 * Loads the health rubrics for every authority and the generated health history: advice with the
 * DCO's reviews (graded by the rubric's own rule, as the API grades them), sign-offs, and the deep
 * dives with their outcomes and actions, built by the same functions the API uses.
 */
export async function loadHealthHistory(
  em: EntityManager,
  data: SyntheticData,
  options: { seed: number; asOf: string },
  users: ReadonlyMap<string, User>,
): Promise<{ advice: number; deepDives: number }> {
  const now = new Date();
  const rubrics = new Map(data.localAuthorities.map((la) => [la.id, installHealthRubrics(em, la.id, now)]));
  await em.flush();
  const history = generateHealthHistory(data, { ...options, adviceRubric: HEALTH_ADVICE_RUBRIC, deepDiveRubric: HEALTH_DEEP_DIVE_RUBRIC });
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  const user = (email: string) => users.get(email) ?? fail(`demo user ${email} is missing`);
  const rubricsOf = (localAuthorityId: string) => rubrics.get(localAuthorityId) ?? fail(`no health rubrics for ${localAuthorityId}`);
  const dco = user(DEMO_AUDITOR.dco).id;

  await bulkInsert(
    em,
    HealthAdvice,
    history.advice.map(({ localAuthorityId, planId, teamId, annualReviewId, review, ...advice }) => {
      const version = rubricsOf(localAuthorityId).advice;
      const sections = review ? sectionsFor(version, review.sections) : [];
      return {
        ...advice,
        ...stamp,
        localAuthority: localAuthorityId,
        plan: planId,
        team: teamId,
        annualReview: annualReviewId,
        reviewRubricVersion: review ? version.id : null,
        review: sections,
        reviewGrade: review ? suggestedGrade(version, sections) : null,
        reviewFeedback: review?.feedback ?? null,
        reviewedOn: review?.reviewedOn ?? null,
        reviewedBy: review ? dco : null,
      };
    }),
  );
  await bulkInsert(
    em,
    HealthSignOff,
    history.signOffs.map(({ localAuthorityId, planId, ...signOff }) => ({
      ...signOff,
      ...stamp,
      localAuthority: localAuthorityId,
      plan: planId,
      decidedBy: signOff.status === 'AWAITING' ? null : dco,
    })),
  );

  await bulkInsert(
    em,
    AuditCycle,
    history.deepDives.map(({ localAuthorityId, term, ...cycle }) => ({
      ...cycle,
      ...stamp,
      localAuthority: localAuthorityId,
      kind: CycleKind.HEALTH_DEEP_DIVE,
      term: Term[term],
      // Bulk inserts skip the entity's defaults: a deep dive's sample is stratified by need and phase.
      stratifyBy: [Stratum.PHASE, Stratum.PRIMARY_NEED],
      excludeAuditedInLastCycles: 1,
      includePlanIds: [],
      reauditBelowGood: true,
      rubricVersion: rubricsOf(localAuthorityId).deepDive.id,
      sampledAt: new Date(`${cycle.opensOn}T09:00:00.000Z`),
    })),
  );
  const cycles = new Map(history.deepDives.map((c) => [c.id, c]));
  const audits = history.deepDiveAudits.map(({ localAuthorityId, cycleId, planId, auditor, sections, finalisedAt, submittedAt, ...audit }) => {
    const version = rubricsOf(localAuthorityId).deepDive;
    const scored = sectionsFor(version, sections);
    return {
      ...audit,
      ...stamp,
      localAuthority: localAuthorityId,
      cycle: cycleId,
      plan: planId,
      rubricVersion: version.id,
      auditor: auditor ? user(DEMO_AUDITOR[auditor]).id : null,
      lens: auditor ? AuditLens.HEALTH : null,
      sections: scored,
      strengths: scored.length ? 'Health needs in C are traced to dated advice.' : '',
      areasForDevelopment: scored.length ? 'Quantify the health provision in G.' : '',
      suggestedGrade: scored.length ? suggestedGrade(version, scored) : null,
      submittedAt: submittedAt ? new Date(submittedAt) : null,
    };
  });
  await bulkInsert(em, Audit, audits, 1000);

  const plans = new Map(data.plans.map((p) => [p.id, p]));
  const children = new Map(data.children.map((c) => [c.id, c]));
  const settings = new Map(data.settings.map((s) => [s.id, s]));
  await bulkInsert(
    em,
    AuditOutcome,
    history.deepDiveAudits.flatMap((audit) => {
      if (audit.finalisedAt === null) return [];
      const plan = plans.get(audit.planId)!;
      const child = children.get(plan.childId)!;
      const cycle = cycles.get(audit.cycleId)!;
      return [
        outcomeOf({
          auditId: audit.id,
          localAuthorityId: audit.localAuthorityId,
          cycle: { academicYear: cycle.academicYear, term: Term[cycle.term], opensOn: cycle.opensOn, kind: CycleKind.HEALTH_DEEP_DIVE },
          teamId: plan.teamId,
          child: { primaryNeed: child.primaryNeed as PrimaryNeed, dateOfBirth: child.dateOfBirth },
          settingType: plan.settingId ? (settings.get(plan.settingId)!.type as SettingType) : null,
          grade: audit.overallGrade!,
          finalisedAt: new Date(audit.finalisedAt),
        }),
      ];
    }),
  );
  await bulkInsert(
    em,
    FollowUpAction,
    history.actions.map(({ auditId, localAuthorityId, teamId, ...action }) => ({ ...action, ...stamp, audit: auditId, localAuthority: localAuthorityId, team: teamId })),
  );
  return { advice: history.advice.length, deepDives: history.deepDives.length };
}

function fail(message: string): never {
  throw new Error(message);
}
