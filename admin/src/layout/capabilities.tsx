/**
 * The menu by capability: the groups' headings and the order each role's day puts them in. Which group each
 * screen belongs to, and the page a role lands on, each feature says in its menu (features/<name>/index.ts).
 * Who may open a screen is not decided here: a resource shows when the API lets the role list it, a page when
 * the API lets the role call the query (or mutation) behind it (common/permissions.ts, read from
 * schema/access.json).
 */
import type { ComponentType } from 'react';
import type { MenuEntry, MenuGroupId, MenuPage } from '../common/feature';
import { mayAccess, mayCall } from '../common/permissions';
import type { Role } from '../common/session';
import { FEATURES, PAGE_OPERATIONS } from '../features';

/** The groups' headings; their entries come from the features' menus (features/<name>/index.ts). */
const LABELS: Record<MenuGroupId, string> = {
  audits: 'EHCP audits',
  timeline: 'Statutory timeline',
  health: 'Health',
  placements: 'Placements',
  partTime: 'Part-time timetables',
  framework: 'QA framework',
  records: 'Records',
  administration: 'Administration',
};

const entriesOf = (group: MenuGroupId): MenuEntry[] => FEATURES.flatMap((feature) => feature.menu.filter((entry) => entry.group === group));

/** A viewer's day is reading: their menu opens with every dashboard they may see, gathered from the groups. */
const DASHBOARDS = 'dashboards';

/** Each role's groups, its day first. */
const ORDER: Record<Role, (MenuGroupId | typeof DASHBOARDS)[]> = {
  ADMIN: ['administration', 'audits', 'timeline', 'framework', 'records', 'health', 'placements', 'partTime'],
  QA_OFFICER: ['audits', 'timeline', 'framework', 'partTime', 'records', 'health', 'placements', 'administration'],
  AUDITOR: ['audits', 'records', 'timeline', 'framework', 'health', 'partTime', 'placements', 'administration'],
  DCO: ['health', 'timeline', 'audits', 'records', 'framework', 'partTime', 'placements', 'administration'],
  COMMISSIONER: ['placements', 'partTime', 'records', 'framework', 'audits', 'timeline', 'health', 'administration'],
  VIEWER: [DASHBOARDS, 'framework', 'audits', 'timeline', 'health', 'placements', 'partTime', 'records', 'administration'],
  // Figures, reports and the improvement plan: the framework first, where the board's reports are; no records group.
  BOARD_MEMBER: ['framework', 'audits', 'timeline', 'partTime', 'health', 'placements'],
};

/** Whose day the menu follows when a user holds several roles: the role with the widest duties. */
const PRECEDENCE: Role[] = ['ADMIN', 'QA_OFFICER', 'DCO', 'COMMISSIONER', 'AUDITOR', 'VIEWER', 'BOARD_MEMBER'];

const leadingRole = (roles: readonly Role[]): Role | undefined => PRECEDENCE.find((role) => roles.includes(role));

export const isPage = (entry: MenuEntry): entry is MenuPage => 'to' in entry;

const allowed = (roles: readonly Role[]) => (entry: MenuEntry) =>
  isPage(entry) ? mayCall(entry.operation, roles) : mayAccess(roles, entry.resource, 'list', PAGE_OPERATIONS);

export interface MenuGroup {
  id: string;
  label: string;
  entries: MenuEntry[];
}

/** The menu's groups for these roles, in the order of their day, each with only what the roles may open. */
export function menuGroups(roles: readonly Role[]): MenuGroup[] {
  const role = leadingRole(roles);
  if (!role) return [];
  const order = ORDER[role];
  const gathered = order.includes(DASHBOARDS);
  const groups = order.map((id): MenuGroup => {
    if (id === DASHBOARDS) {
      const entries = order.flatMap((other) => (other === DASHBOARDS ? [] : entriesOf(other).filter((e) => e.dashboard)));
      return { id, label: 'Dashboards', entries };
    }
    return { id, label: LABELS[id], entries: gathered ? entriesOf(id).filter((e) => !e.dashboard) : entriesOf(id) };
  });
  return groups.map((group) => ({ ...group, entries: group.entries.filter(allowed(roles)) })).filter((group) => group.entries.length > 0);
}

/** Roles whose day is a to-do list: their home page opens with My work, above the dashboard. */
const LANDS_ON_MY_WORK: Role[] = ['AUDITOR'];

export function landsOnMyWork(roles: readonly Role[]): boolean {
  const role = leadingRole(roles);
  return role !== undefined && LANDS_ON_MY_WORK.includes(role);
}

/** The page these roles land on, when their day starts with a capability that has one. */
export function homePage(roles: readonly Role[]): ComponentType | undefined {
  const role = leadingRole(roles);
  const first = role ? ORDER[role][0] : undefined;
  return first && first !== DASHBOARDS ? entriesOf(first).find((entry) => entry.home)?.home : undefined;
}
