import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, demoUsers, generate, type Scale } from '@send-qa/seeds';
import { hashPassword } from './core/auth/passwords.js';
import { User } from './core/auth/user.entity.js';
import { bulkInsert } from './core/db/bulk-insert.js';
import { LocalAuthority } from './core/tenancy/local-authority.entity.js';
import { installDefaultRubric } from './features/ehcp-audits/default-rubric.js';
import { loadAuditHistory } from './features/ehcp-audits/demo.js';
import { loadHealthHistory } from './features/health/demo.js';
import { Child } from './features/people/child.entity.js';
import { Plan } from './features/people/plan.entity.js';
import { Setting } from './features/people/setting.entity.js';
import { Team } from './features/people/team.entity.js';
import { loadPartTimeDemo } from './features/part-time/demo.js';
import { loadPlacementDemo } from './features/placements/demo.js';
import { loadQaFrameworkDemo } from './features/qa-framework/demo.js';
import { loadTimelineDemo } from './features/statutory-timeline/demo.js';

export interface DemoOptions {
  scale: Scale;
  seed: number;
  /** The "today" the synthetic history is generated for. */
  asOf: string;
  /** Past audit cycles and the current one; tests that build their own audit history leave it out. */
  auditHistory?: boolean;
  /** The DCO's health history (advice, sign-offs, deep dives); as `auditHistory` unless given. */
  healthHistory?: boolean;
}

export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(LocalAuthority, {})) === 0 && (await em.count(User, {})) === 0;
}

/**
 * Loads the synthetic local areas, each with the default rubric, the demo users (one per role,
 * password `demo-password`) and each feature's demo history.
 * Bulk inserts bypass the change history on purpose: this is a data load, not anyone's edit.
 */
export async function loadDemoData(em: EntityManager, options: DemoOptions): Promise<{ plans: number; users: number }> {
  const data = generate(options);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  await em.transactional(async (tx) => {
    await bulkInsert(tx, LocalAuthority, data.localAuthorities.map((la) => ({ ...la, ...stamp })));
    await bulkInsert(tx, Team, data.teams.map(({ localAuthorityId, ...team }) => ({ ...team, localAuthority: localAuthorityId, ...stamp })));
    await bulkInsert(tx, Setting, data.settings.map(({ localAuthorityId, ...setting }) => ({ ...setting, localAuthority: localAuthorityId, ...stamp })));
    await bulkInsert(tx, Child, data.children.map(({ localAuthorityId, ...child }) => ({ ...child, localAuthority: localAuthorityId, ...stamp })));
    await bulkInsert(
      tx,
      Plan,
      data.plans.map(({ localAuthorityId, childId, settingId, teamId, ...plan }) => ({
        ...plan,
        localAuthority: localAuthorityId,
        child: childId,
        setting: settingId,
        team: teamId,
        ...stamp,
      })),
    );
    await loadTimelineDemo(tx, data, stamp);
    const rubricVersions = new Map(data.localAuthorities.map((la) => [la.id, installDefaultRubric(tx, la.id, now)]));
    const users = new Map(
      demoUsers(data).map((user) => [
        user.email,
        tx.create(User, {
          email: user.email,
          displayName: user.displayName,
          roles: user.roles as User['roles'],
          passwordHash,
          localAuthorities: user.localAuthorityIds.map((id) => tx.getReference(LocalAuthority, id)),
        }),
      ]),
    );
    await tx.flush();
    if (options.auditHistory ?? true) await loadAuditHistory(tx, data, options, users, rubricVersions);
    if (options.healthHistory ?? options.auditHistory ?? true) await loadHealthHistory(tx, data, options, users);
    await loadPartTimeDemo(tx, data, options, stamp);
    await loadPlacementDemo(tx, data, options, stamp);
    await loadQaFrameworkDemo(tx, data, options);
  });
  return { plans: data.plans.length, users: demoUsers(data).length };
}
