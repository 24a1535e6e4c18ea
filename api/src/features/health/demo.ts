import type { EntityManager } from '@mikro-orm/postgresql';
import { generateHealthHistory, HEALTH_ADVICE_RUBRIC, HEALTH_DEEP_DIVE_RUBRIC } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import type { DemoContext } from '../../core/feature.js';
import { AuditLens, CycleKind, loadCycles, Stratum } from '../ehcp-audits/index.js';
import { AdviceRequest, generatedAdvice } from '../statutory-timeline/index.js';
import { HealthSignOff } from './health-sign-off.entity.js';
import { installHealthRubrics } from './rubrics.js';

const DEMO_AUDITOR = { dco: 'dco@example.org', auditor: 'auditor@example.org' } as const;

/**
 * Loads the health rubrics for every authority and the generated health history: health advice (the
 * timeline's advice requests of health services) with the
 * DCO's reviews (graded by the rubric's own rule, as the API grades them), sign-offs, and the deep
 * dives, which the audits load as cycles of their own kind.
 */
export async function loadHealthHistory(em: EntityManager, demo: DemoContext): Promise<void> {
  const { data, options, users, now, stamp } = demo;
  const rubrics = new Map(data.localAuthorities.map((la) => [la.id, installHealthRubrics(em, la.id, now)]));
  await em.flush();
  const history = generateHealthHistory(data, { ...options, adviceRubric: HEALTH_ADVICE_RUBRIC, deepDiveRubric: HEALTH_DEEP_DIVE_RUBRIC });
  const user = (email: string) => users.get(email)?.id ?? fail(`demo user ${email} is missing`);
  const rubricsOf = (localAuthorityId: string) => rubrics.get(localAuthorityId) ?? fail(`no health rubrics for ${localAuthorityId}`);
  const dco = user(DEMO_AUDITOR.dco);

  await bulkInsert(
    em,
    AdviceRequest,
    history.advice.map((advice) => generatedAdvice(advice, rubricsOf(advice.localAuthorityId).advice, dco, stamp)),
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

  await loadCycles(em, demo, {
    kind: CycleKind.HEALTH_DEEP_DIVE,
    // A deep dive's sample is stratified by need and phase.
    settings: { stratifyBy: [Stratum.PHASE, Stratum.PRIMARY_NEED], excludeAuditedInLastCycles: 1 },
    rubricVersions: new Map([...rubrics].map(([id, versions]) => [id, versions.deepDive])),
    cycles: history.deepDives.map((cycle) => ({ ...cycle, sampledAt: `${cycle.opensOn}T09:00:00.000Z` })),
    audits: history.deepDiveAudits.map(({ auditor, ...audit }) => ({
      ...audit,
      auditorId: auditor ? user(DEMO_AUDITOR[auditor]) : null,
      lens: auditor ? AuditLens.HEALTH : null,
      strengths: audit.sections.length ? 'Health needs in C are traced to dated advice.' : '',
      areasForDevelopment: audit.sections.length ? 'Quantify the health provision in G.' : '',
    })),
    actions: history.actions,
  });
}

function fail(message: string): never {
  throw new Error(message);
}
