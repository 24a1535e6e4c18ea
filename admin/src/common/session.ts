/**
 * The signed-in session, kept in localStorage so a reload keeps you signed in.
 * The API is the real gatekeeper; what is kept here only shapes the UI.
 */
export type Role = 'ADMIN' | 'QA_OFFICER' | 'AUDITOR' | 'DCO' | 'COMMISSIONER' | 'VIEWER';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

const TOKEN_KEY = 'sendqa.token';
const USER_KEY = 'sendqa.user';

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function getUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    if (!raw) return null;
    const user = JSON.parse(raw) as SessionUser;
    return Array.isArray(user.roles) ? user : null;
  } catch {
    return null;
  }
}

export function getRoles(): Role[] {
  return getUser()?.roles ?? [];
}

export function saveSession(token: string, user: SessionUser): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

/** Which roles may change each resource (create, edit, delete). */
const WRITERS: Record<string, Role[]> = {
  LocalAuthority: ['ADMIN'],
  Team: ['ADMIN', 'QA_OFFICER'],
  Child: ['ADMIN', 'QA_OFFICER'],
  Plan: ['ADMIN', 'QA_OFFICER'],
  Setting: ['ADMIN', 'QA_OFFICER', 'COMMISSIONER'],
  User: ['ADMIN'],
  ChangeRecord: [],
  AdviceRequest: ['ADMIN', 'QA_OFFICER', 'DCO'],
  HealthSignOff: ['ADMIN', 'DCO'],
  AnnualReview: ['ADMIN', 'QA_OFFICER', 'DCO'],
  Kpi: ['ADMIN', 'QA_OFFICER'],
  KpiValue: ['ADMIN', 'QA_OFFICER'],
  Workstream: ['ADMIN', 'QA_OFFICER'],
  ImprovementOutcome: ['ADMIN', 'QA_OFFICER'],
  ImprovementAction: ['ADMIN', 'QA_OFFICER'],
  Milestone: ['ADMIN', 'QA_OFFICER'],
  HighlightReport: ['ADMIN', 'QA_OFFICER'],
  PartTimeTimetable: ['ADMIN', 'QA_OFFICER'],
  PartTimeReview: ['ADMIN', 'QA_OFFICER'],
  // Audits change only through their workflow (scoring, moderation), never the generic edit form.
  Audit: [],
  AuditCycle: ['ADMIN', 'QA_OFFICER'],
  FollowUpAction: ['ADMIN', 'QA_OFFICER'],
  Rubric: ['ADMIN', 'QA_OFFICER'],
  RubricVersion: ['ADMIN', 'QA_OFFICER'],
  Provider: ['ADMIN', 'COMMISSIONER'],
  ProviderDocument: ['ADMIN', 'COMMISSIONER'],
  Placement: ['ADMIN', 'COMMISSIONER'],
  CommissionedOutcome: ['ADMIN', 'COMMISSIONER'],
  MonitoringVisit: ['ADMIN', 'COMMISSIONER'],
  VisitAction: ['ADMIN', 'COMMISSIONER'],
  OutcomeReview: ['ADMIN', 'COMMISSIONER'],
  CommissioningPolicy: ['ADMIN', 'COMMISSIONER'],
};

/** Resources only some roles read: health data is for the DCO, admins, QA officers and viewers. */
const READERS: Record<string, Role[]> = {
  dco: ['DCO', 'ADMIN', 'QA_OFFICER', 'VIEWER'],
  AdviceRequest: ['ADMIN', 'QA_OFFICER', 'DCO', 'VIEWER'],
  HealthSignOff: ['DCO', 'ADMIN', 'QA_OFFICER', 'VIEWER'],
};

/** Resources only administrators may even read. */
const ADMIN_ONLY = new Set(['User', 'ChangeRecord']);

/** Actions react-admin checks that only read. */
const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

/** No one creates a local authority through the UI (they come with the installation). */
const NO_CREATE = new Set(['LocalAuthority', 'ChangeRecord']);

export function mayAccess(roles: readonly Role[], resource: string, action: string): boolean {
  if (roles.length === 0) return false;
  // react-admin asks for e.g. "Plan.status" field-level access too; judge by the resource.
  const base = resource.split('.')[0] ?? resource;
  if (action === 'clone') action = 'create';
  if (base === 'dashboard' || base === '') return true;
  const isAdmin = roles.includes('ADMIN');
  if (ADMIN_ONLY.has(base) && !isAdmin) return false;
  if (READERS[base] && !roles.some((r) => READERS[base]!.includes(r))) return false;
  if (READ_ACTIONS.has(action)) return true;
  if (action === 'create' && NO_CREATE.has(base)) return false;
  if (action === 'delete' && base === 'LocalAuthority') return false;
  const writers = WRITERS[base];
  if (!writers) return false;
  return roles.some((r) => writers.includes(r));
}
