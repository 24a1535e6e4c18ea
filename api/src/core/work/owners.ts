import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { FieldErrors } from '../graphql/errors.js';
import type { ResourceDefinition } from '../graphql/resource.js';

/** The owner arguments of a record someone owns: a user, or the name of someone outside the system. */
export interface OwnerArgs {
  ownerUserId?: string | null;
  owner?: string | null;
}

export interface Owned {
  owner?: string | null;
  ownerUser?: Ref<User> | User | null;
  localAuthority: { id: string };
}

const holdsAny = (user: User, roles: readonly Role[]) => roles.some((role) => user.roles.includes(role));

const ROLE_WORDS: Partial<Record<Role, string>> = {
  ADMIN: 'an admin',
  QA_OFFICER: 'a QA officer',
  AUDITOR: 'an auditor',
  DCO: 'the DCO',
  COMMISSIONER: 'a commissioner',
  VIEWER: 'a viewer',
};

const inWords = (roles: readonly Role[]) => {
  const words = roles.map((role) => ROLE_WORDS[role] ?? role);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? 'nobody');
};

/**
 * Who may own a resource's records: an active user of the record's local authority holding a role
 * that may change them (an owner who could not mark their action done owns nothing).
 */
export async function ownerUserFor(
  em: EntityManager,
  definition: ResourceDefinition<any, any>,
  userId: string,
  localAuthorityId: string,
  errors: FieldErrors,
  field = 'ownerUserId',
): Promise<User | null> {
  const user = await em.findOne(User, { id: userId, active: true, localAuthorities: localAuthorityId });
  if (!user) {
    errors.add(field, 'sameLocalAuthority', 'must be an active user of the same local authority');
    return null;
  }
  if (!holdsAny(user, definition.writeRoles)) {
    errors.add(field, 'mayAct', `must be someone who may act on it: ${inWords(definition.writeRoles)}`);
    return null;
  }
  return user;
}

/** Users who may own the resource's records in a local authority: those `ownerUserFor` accepts. */
export async function possibleOwners(em: EntityManager, definition: ResourceDefinition<any, any>, localAuthorityIds: string[]): Promise<User[]> {
  const users = await em.find(User, { active: true, localAuthorities: { $some: { id: { $in: localAuthorityIds } } } }, { orderBy: { displayName: 'asc', id: 'asc' } });
  return users.filter((user) => holdsAny(user, definition.writeRoles));
}

/**
 * The owner of a new record: a user, or (only for someone outside the system) a name; one of them,
 * not both. Refused with BAD_USER_INPUT naming the argument (`prefix` places it in an input: `actions.0.`).
 */
export async function newOwner(
  em: EntityManager,
  definition: ResourceDefinition<any, any>,
  { ownerUserId, owner }: OwnerArgs,
  localAuthorityId: string,
  errors: FieldErrors,
  prefix = '',
): Promise<{ ownerUser: User | null; owner: string | null }> {
  errors
    .check(Boolean(ownerUserId || owner), `${prefix}ownerUserId`, 'required', 'choose the user who owns it, or name an owner outside the system in owner')
    .check(!(ownerUserId && owner), `${prefix}owner`, 'oneOwner', 'give either a user (ownerUserId) or a name for someone outside the system, not both');
  const ownerUser = ownerUserId ? await ownerUserFor(em, definition, ownerUserId, localAuthorityId, errors, `${prefix}ownerUserId`) : null;
  return { ownerUser, owner: ownerUserId ? null : (owner ?? null) };
}

/**
 * Applies an update's owner arguments to a record: a user given replaces the name, a name given
 * replaces the user; the record must still have one or the other.
 */
export async function changeOwner(em: EntityManager, definition: ResourceDefinition<any, any>, record: Owned, { ownerUserId, owner }: OwnerArgs): Promise<void> {
  if (ownerUserId === undefined && owner === undefined) return;
  const errors = new FieldErrors().check(!(ownerUserId && owner), 'owner', 'oneOwner', 'give either a user (ownerUserId) or a name for someone outside the system, not both');
  if (ownerUserId) {
    em.assign(record as object, { ownerUser: await ownerUserFor(em, definition, ownerUserId, record.localAuthority.id, errors), owner: null } as never);
  } else if (owner) {
    em.assign(record as object, { owner, ownerUser: null } as never);
  } else {
    em.assign(record as object, { ...(ownerUserId === null ? { ownerUser: null } : {}), ...(owner === null ? { owner: null } : {}) } as never);
  }
  errors.check(Boolean(record.ownerUser || record.owner), ownerUserId === null ? 'ownerUserId' : 'owner', 'required', 'it must keep an owner: a user, or a name outside the system').throwIfAny();
}

/** The owner in words for a record's `ownerName` field: the user's name (loaded, batched), or the outside owner. */
export async function ownerNameOf(record: Pick<Owned, 'owner' | 'ownerUser'>): Promise<string> {
  const user = record.ownerUser as Ref<User> | null | undefined;
  return user ? (await user.load())?.displayName ?? '' : (record.owner ?? '');
}

/** The owner as a board reads them: the user's name, or the name typed for someone outside the system (the user loaded). */
export function ownerName(record: Pick<Owned, 'owner' | 'ownerUser'>): string {
  const user = record.ownerUser as { unwrap?: () => User; displayName?: string } | null | undefined;
  return (user?.unwrap ? user.unwrap() : user)?.displayName ?? record.owner ?? '';
}
