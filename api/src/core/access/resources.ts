import type { FilterQuery } from '@mikro-orm/core';
import { hasAnyRole, type AuthUser } from '../auth/auth-user.js';
import { CASE_ROLES, type Role } from '../auth/roles.js';
import type { ResourceDefinition } from '../graphql/resource.js';

export type AnyResource = ResourceDefinition<any, any>;

const byEntity = new Map<Function, AnyResource>();
const byName = new Map<string, AnyResource>();

/**
 * Every resource the API serves, known by its entity and its GraphQL type name, so that any path to a
 * record (a relation, a list, a history entry) can find the rules of that record's own resource.
 * A resource's resolver registers it; there is no other list to keep.
 */
export function registerResource(definition: AnyResource): void {
  const known = byName.get(definition.name);
  if (known && known !== definition) throw new Error(`Two resources are named ${definition.name}`);
  byEntity.set(definition.entity, definition);
  byName.set(definition.name, definition);
}

/** The resource an entity class (or one of its instances' classes) belongs to. */
export function resourceOf(entity: Function): AnyResource | undefined {
  return byEntity.get(entity);
}

export function resourceNamed(name: string): AnyResource | undefined {
  return byName.get(name);
}

export function registeredResources(): AnyResource[] {
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The roles that may read records of the resource: empty `readRoles` means every case role, never an aggregate-only one. */
export function readersOf(definition: AnyResource): Role[] {
  return definition.readRoles.length === 0 ? CASE_ROLES : definition.readRoles;
}

/** Roles may read records of the resource (anywhere: directly, through a relation, in the history). */
export function mayRead(definition: AnyResource, user: AuthUser | null): user is AuthUser {
  return !!user && hasAnyRole(user, readersOf(definition));
}

/** Roles may look records up directly (`Plan(id)`, `allPlans`). */
export function listRoles(definition: AnyResource): Role[] {
  return definition.listRoles ?? definition.readRoles;
}

/** What the caller may see of a resource, whatever else is asked: by default only their own local authorities. */
export function scopeOf<T extends object>(definition: ResourceDefinition<T & { id: string }, object>, user: AuthUser): FilterQuery<T> {
  const { tenancy } = definition;
  if (typeof tenancy === 'function') return tenancy(user) as FilterQuery<T>;
  if (tenancy === 'shared') return {} as FilterQuery<T>;
  const ids = { $in: user.localAuthorityIds };
  return (tenancy === 'self' ? { id: ids } : { localAuthority: ids }) as unknown as FilterQuery<T>;
}

/**
 * Whether a record of `target`, reached from a visible record of `parent` (or from a type that is not
 * a resource), can still be one the caller may not see. Records of one authority only refer to records
 * of the same authority (the write paths check it), so only a narrower read rule, a per-caller rule or
 * shared reference data pointing into an authority can hide one.
 */
export function mayBeHiddenFrom(parent: AnyResource | undefined, target: AnyResource): boolean {
  if (typeof target.tenancy === 'function') return true;
  // A type that is not a resource (a figure) is answered to whoever calls its query: "anyone signed in"
  // at the widest, which no aggregate-only role is, unless the query names them, and then a hidden
  // record is null, so a non-null field fails the answer rather than show it.
  const readers = readersOf(target);
  const narrower = (parent ? readersOf(parent) : CASE_ROLES).some((r) => !readers.includes(r));
  if (narrower) return true;
  if (target.tenancy === 'shared') return false;
  return !parent || parent.tenancy === 'shared';
}
