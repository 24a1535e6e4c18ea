import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, demoUsers, generate } from '@send-qa/seeds';
import { hashPassword } from './core/auth/passwords.js';
import { User } from './core/auth/user.entity.js';
import { bulkInsert } from './core/db/bulk-insert.js';
import type { DemoOptions } from './core/feature.js';
import { LocalAuthority } from './core/tenancy/local-authority.entity.js';
import { features } from './modules.js';

export type { DemoOptions } from './core/feature.js';

export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(LocalAuthority, {})) === 0 && (await em.count(User, {})) === 0;
}

/**
 * Loads the synthetic local areas with the demo users (one per role, password `demo-password`), then
 * each feature's demo in the order modules.ts lists them.
 * Bulk inserts bypass the change history on purpose: this is a data load, not anyone's edit.
 */
export async function loadDemoData(em: EntityManager, options: DemoOptions): Promise<{ plans: number; users: number }> {
  const data = generate(options);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  await em.transactional(async (tx) => {
    await bulkInsert(tx, LocalAuthority, data.localAuthorities.map((la) => ({ ...la, ...stamp })));
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
    for (const feature of features) await feature.loadDemo?.(tx, { data, options, users, now, stamp });
  });
  return { plans: data.plans.length, users: demoUsers(data).length };
}
