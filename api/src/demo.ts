import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, demoUsers, generate, type Scale } from '@send-qa/seeds';
import { hashPassword } from './core/auth/auth.service.js';
import { User } from './core/auth/user.entity.js';
import { LocalAuthority } from './core/tenancy/local-authority.entity.js';
import { installDefaultRubric } from './features/ehcp-audits/default-rubric.js';
import { loadPlacementDemo } from './features/placements/demo.js';
import { Child } from './features/people/child.entity.js';
import { Plan } from './features/people/plan.entity.js';
import { Setting } from './features/people/setting.entity.js';
import { Team } from './features/people/team.entity.js';

export interface DemoOptions {
  scale: Scale;
  seed: number;
  /** The "today" the synthetic history is generated for. */
  asOf: string;
}

export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(LocalAuthority, {})) === 0 && (await em.count(User, {})) === 0;
}

/**
 * Loads the synthetic local areas, each with the default rubric, and the demo users (one per role,
 * password `demo-password`).
 * Bulk inserts bypass the change history on purpose: this is a data load, not anyone's edit.
 */
export async function loadDemoData(em: EntityManager, options: DemoOptions): Promise<{ plans: number; users: number }> {
  const data = generate(options);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  await em.transactional(async (tx) => {
    await insert(tx, LocalAuthority, data.localAuthorities.map((la) => ({ ...la, ...stamp })));
    await insert(tx, Team, data.teams.map(({ localAuthorityId, ...team }) => ({ ...team, localAuthority: localAuthorityId, ...stamp })));
    await insert(tx, Setting, data.settings.map(({ localAuthorityId, ...setting }) => ({ ...setting, localAuthority: localAuthorityId, ...stamp })));
    for (const batch of chunks(data.children, 2000)) {
      await insert(tx, Child, batch.map(({ localAuthorityId, ...child }) => ({ ...child, localAuthority: localAuthorityId, ...stamp })));
    }
    for (const batch of chunks(data.plans, 2000)) {
      await insert(
        tx,
        Plan,
        batch.map(({ localAuthorityId, childId, settingId, teamId, ...plan }) => ({
          ...plan,
          localAuthority: localAuthorityId,
          child: childId,
          setting: settingId,
          team: teamId,
          ...stamp,
        })),
      );
    }
    for (const la of data.localAuthorities) installDefaultRubric(tx, la.id, now);
    await loadPlacementDemo(tx, data, options, stamp);
    for (const user of demoUsers(data)) {
      tx.create(User, {
        email: user.email,
        displayName: user.displayName,
        roles: user.roles as User['roles'],
        passwordHash,
        localAuthorities: user.localAuthorityIds.map((id) => tx.getReference(LocalAuthority, id)),
      });
    }
    await tx.flush();
  });
  return { plans: data.plans.length, users: demoUsers(data).length };
}

/** The generator's string unions carry exactly the values of the API's enums. */
function insert<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: object[]): Promise<unknown> {
  return em.insertMany<T>(entity, rows as RequiredEntityData<T>[]);
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
