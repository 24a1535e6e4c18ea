/**
 * Who may do what, as the API says: schema/access.json is emitted by `pnpm schema` from the API's own
 * resource definitions and @Authorized roles, and a test fails when it is stale. The admin keeps no
 * copy of the rules, so it cannot offer what the API refuses or hide what it allows. The API still
 * judges every request (and the caller's local authorities limit every record); this only shapes the UI.
 */
import access from '../../../schema/access.json';
import { getRoles, type Role } from './session';

type Action = 'read' | 'list' | 'create' | 'update' | 'delete';
type Roles = readonly string[] | null;
interface ResourceAccess {
  read: Roles;
  list: Roles;
  create: Roles;
  update: Roles;
  delete: Roles;
}

const resources = access.resources as unknown as Record<string, ResourceAccess>;
const operations = { ...access.operations.query, ...access.operations.mutation } as Record<string, { roles: Roles }>;
const cycleKinds = access.rules.auditCycleKinds.roles as Record<string, Roles>;

/** react-admin's actions in the API's words. */
const ACTIONS: Record<string, Action> = {
  list: 'list',
  export: 'list',
  show: 'read',
  read: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  update: 'update',
  delete: 'delete',
};

const holds = (allowed: Roles, roles: readonly Role[]) => (allowed ?? []).some((role) => roles.includes(role as Role));

/** May the signed-in user call this query or mutation at all (before the per-record rules)? */
export function mayCall(operation: string, roles: readonly Role[] = getRoles()): boolean {
  const found = operations[operation];
  if (!found) throw new Error(`The API has no operation ${operation}: regenerate schema/access.json`);
  return holds(found.roles, roles);
}

/**
 * react-admin's canAccess: a resource (or "Resource.field") and one of its actions. `pages` are the resources that
 * are pages, each with the query that feeds it (common/feature.ts pageOperations).
 */
export function mayAccess(roles: readonly Role[], resource: string, action: string, pages: Readonly<Record<string, string>>): boolean {
  if (roles.length === 0) return false;
  const base = resource.split('.')[0] ?? resource;
  if (base === '' || base === 'dashboard') return true;
  const wanted = ACTIONS[action];
  if (!wanted) return false;
  const page = pages[base];
  if (page) return (wanted === 'list' || wanted === 'read') && mayCall(page, roles);
  const rules = resources[base];
  return rules ? holds(rules[wanted], roles) : false;
}

/** The kinds of audit cycle the user runs (draws samples, assigns, moderates, finalises), in the API's order. */
export function cycleKindsRun(roles: readonly Role[] = getRoles()): string[] {
  return Object.keys(cycleKinds).filter((kind) => holds(cycleKinds[kind] ?? null, roles));
}

/** Does the user run cycles of this kind? Without a kind: any kind. */
export function runsCycles(kind?: string, roles: readonly Role[] = getRoles()): boolean {
  const kinds = cycleKindsRun(roles);
  return kind ? kinds.includes(kind) : kinds.length > 0;
}
