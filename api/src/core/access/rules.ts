import type { Role } from '../auth/roles.js';

export interface RoleRule {
  /** What the rule decides, in words. */
  description: string;
  /** For each case (a kind of cycle, say), the roles that may. */
  roles: Record<string, Role[]>;
}

const rules = new Map<string, RoleRule>();

/**
 * A rule that decides by more than the operation (who runs which kind of audit cycle), registered by
 * the feature that enforces it with the very table it enforces, so the permissions file states it too.
 */
export function describeRule(name: string, rule: RoleRule): RoleRule {
  rules.set(name, rule);
  return rule;
}

export function describedRules(): [string, RoleRule][] {
  return [...rules.entries()].sort(([a], [b]) => a.localeCompare(b));
}
