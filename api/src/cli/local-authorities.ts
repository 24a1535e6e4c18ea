import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalAuthority } from '../core/tenancy/local-authority.entity.js';
import { features } from '../modules.js';

/** `873:Cambridgeshire` → its DfE code and name. */
export function parseAuthority(spec: string): { code: string; name: string } {
  const match = /^(\d{3}):(.+)$/.exec(spec);
  if (!match) throw new Error(`A local authority is given as CODE:Name, e.g. 873:Cambridgeshire, not ${spec}`);
  return { code: match[1]!, name: match[2]!.trim() };
}

/** The authority with this code, created with the shipped rubrics if it is new: how an installation gets one. */
export async function ensureLocalAuthority(em: EntityManager, { code, name }: { code: string; name: string }): Promise<{ localAuthority: LocalAuthority; created: boolean }> {
  const found = await em.findOne(LocalAuthority, { code });
  if (found) return { localAuthority: found, created: false };
  const localAuthority = em.create(LocalAuthority, { code, name });
  for (const feature of features) feature.installLocalAuthority?.(em, localAuthority.id);
  return { localAuthority, created: true };
}

/**
 * Removes an authority that holds nothing but the rubrics installed with it. Anything else that refers
 * to it (children, users, cycles) stops the removal, named; the change history keeps what was removed.
 */
export async function removeLocalAuthority(em: EntityManager, code: string): Promise<void> {
  const localAuthority = await em.findOne(LocalAuthority, { code });
  if (!localAuthority) throw new Error(`There is no local authority with the code ${code}`);
  const users: { n: string }[] = await em.execute('select count(*) as n from app_user_local_authority where local_authority_id = ?', [localAuthority.id]);
  if (Number(users[0]!.n) > 0) {
    throw new Error(`${users[0]!.n} user(s) still work for ${code}: take it from them first (or remove them)`);
  }
  for (const feature of [...features].reverse()) await feature.uninstallLocalAuthority?.(em, localAuthority.id);
  em.remove(localAuthority);
  await em.flush();
}
