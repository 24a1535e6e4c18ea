/**
 * The menu by capability, in one place: which group each screen belongs to, the order each role's day puts
 * the groups in, and the page a role lands on. Who may open a screen is not decided here: a resource shows
 * when the API lets the role list it, a page when the API lets the role call the query (or mutation) behind
 * it (common/permissions.ts, read from schema/access.json).
 */
import type { ComponentType } from 'react';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BalanceIcon from '@mui/icons-material/Balance';
import BarChartIcon from '@mui/icons-material/BarChart';
import DashboardCustomizeIcon from '@mui/icons-material/DashboardCustomize';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { mayAccess, mayCall } from '../common/permissions';
import type { Role } from '../common/session';
import dcoWorkspace from '../features/health/dco-workspace';
import { PlacementDashboard } from '../features/placements/dashboard';

/** A page of its own (not a resource's list), shown to whoever may call the operation that feeds it. */
export interface MenuPage {
  to: string;
  label: string;
  icon: ComponentType;
  operation: string;
  dashboard?: boolean;
}
/** A resource's list; its label and icon come from its own definition. */
export interface MenuResource {
  resource: string;
  dashboard?: boolean;
}
export type MenuEntry = MenuPage | MenuResource;

type CapabilityId = 'audits' | 'health' | 'placements' | 'partTime' | 'framework' | 'records' | 'administration';

interface Capability {
  id: CapabilityId;
  label: string;
  entries: MenuEntry[];
  /** The home page of a role whose day starts with this capability; without one, the general dashboard. */
  home?: ComponentType;
}

const page = (to: string, label: string, icon: ComponentType, operation: string, dashboard = false): MenuPage => ({ to, label, icon, operation, dashboard });
const resource = (name: string, dashboard = false): MenuResource => ({ resource: name, dashboard });

const CAPABILITIES: Capability[] = [
  {
    id: 'audits',
    label: 'EHCP audits',
    entries: [
      // Those who may score an audit are those who may be given one.
      page('/my-audits', 'My audits', AssignmentIndIcon, 'saveAuditSection'),
      page('/moderation', 'Moderation queue', BalanceIcon, 'recordModeratorGrade'),
      resource('Audit'),
      resource('AuditCycle'),
      resource('FollowUpAction'),
    ],
  },
  {
    id: 'health',
    label: 'Health',
    entries: [resource('dco', true), resource('AdviceRequest'), resource('HealthSignOff'), resource('AnnualReview')],
    home: dcoWorkspace.list,
  },
  {
    id: 'placements',
    label: 'Placements',
    entries: [
      resource('commissioning', true),
      resource('Placement'),
      resource('Provider'),
      resource('MonitoringVisit'),
      resource('CommissionedOutcome'),
      resource('OutcomeReview'),
      resource('VisitAction'),
      resource('ProviderDocument'),
      resource('CommissioningPolicy'),
    ],
    home: PlacementDashboard,
  },
  {
    id: 'partTime',
    label: 'Part-time timetables',
    entries: [
      resource('PartTimeTimetable'),
      page('/part-time/figures', 'Part-time figures', BarChartIcon, 'partTimeFigures', true),
      page('/part-time/returns', 'School returns', UploadFileIcon, 'schoolReturnRegister'),
    ],
  },
  {
    id: 'framework',
    label: 'QA framework',
    entries: [
      page('/framework', 'QA framework', DashboardCustomizeIcon, 'kpiScorecard', true),
      page('/improvement-plan', 'Improvement plan board', ViewKanbanIcon, 'improvementPlanBoard', true),
      resource('Kpi'),
      resource('KpiValue'),
      resource('Workstream'),
      resource('ImprovementOutcome'),
      resource('ImprovementAction'),
      resource('Milestone'),
      resource('HighlightReport'),
    ],
  },
  { id: 'records', label: 'Records', entries: [resource('Plan'), resource('Child'), resource('Setting'), resource('Team')] },
  { id: 'administration', label: 'Administration', entries: [resource('User'), resource('LocalAuthority'), resource('Rubric'), resource('ChangeRecord')] },
];

/** A viewer's day is reading: their menu opens with every dashboard they may see, gathered from the groups. */
const DASHBOARDS = 'dashboards';

/** Each role's groups, its day first. */
const ORDER: Record<Role, (CapabilityId | typeof DASHBOARDS)[]> = {
  ADMIN: ['administration', 'audits', 'framework', 'records', 'health', 'placements', 'partTime'],
  QA_OFFICER: ['audits', 'framework', 'partTime', 'records', 'health', 'placements', 'administration'],
  AUDITOR: ['audits', 'records', 'framework', 'health', 'partTime', 'placements', 'administration'],
  DCO: ['health', 'audits', 'records', 'framework', 'partTime', 'placements', 'administration'],
  COMMISSIONER: ['placements', 'partTime', 'records', 'framework', 'audits', 'health', 'administration'],
  VIEWER: [DASHBOARDS, 'framework', 'audits', 'health', 'placements', 'partTime', 'records', 'administration'],
};

/** Whose day the menu follows when a user holds several roles: the role with the widest duties. */
const PRECEDENCE: Role[] = ['ADMIN', 'QA_OFFICER', 'DCO', 'COMMISSIONER', 'AUDITOR', 'VIEWER'];

const leadingRole = (roles: readonly Role[]): Role | undefined => PRECEDENCE.find((role) => roles.includes(role));

export const isPage = (entry: MenuEntry): entry is MenuPage => 'to' in entry;

const allowed = (roles: readonly Role[]) => (entry: MenuEntry) =>
  isPage(entry) ? mayCall(entry.operation, roles) : mayAccess(roles, entry.resource, 'list');

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
      const entries = order.flatMap((other) => CAPABILITIES.find((c) => c.id === other)?.entries.filter((e) => e.dashboard) ?? []);
      return { id, label: 'Dashboards', entries };
    }
    const capability = CAPABILITIES.find((c) => c.id === id)!;
    return { id, label: capability.label, entries: gathered ? capability.entries.filter((e) => !e.dashboard) : capability.entries };
  });
  return groups.map((group) => ({ ...group, entries: group.entries.filter(allowed(roles)) })).filter((group) => group.entries.length > 0);
}

/** The page these roles land on, when their day starts with a capability that has one. */
export function homePage(roles: readonly Role[]): ComponentType | undefined {
  const role = leadingRole(roles);
  const first = role ? CAPABILITIES.find((c) => c.id === ORDER[role][0]) : undefined;
  return first?.home;
}
