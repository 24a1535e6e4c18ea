import { describeRule } from '../../core/access/rules.js';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { hasAnyRole } from '../../core/auth/auth-user.js';
import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { ForbiddenError } from '../../core/graphql/errors.js';
import { CycleKind } from './cycle.entity.js';

/** Who runs each kind of cycle: the DCO runs the health deep dives. */
export const RUNS_CYCLES: Record<CycleKind, Role[]> = {
  [CycleKind.EHCP_AUDIT]: CASEWORK_EDITORS,
  [CycleKind.HEALTH_DEEP_DIVE]: [Role.ADMIN, Role.DCO],
};
describeRule('auditCycleKinds', {
  description:
    'Who runs each kind of audit cycle: creates, changes and removes it, draws its sample, assigns its audits, sends them for moderation or back to the auditor, makes them final, and raises and changes their follow-up actions',
  roles: RUNS_CYCLES,
});

/** Everyone who runs some kind of cycle: the resolvers let them in, and the kind decides. */
export const CYCLE_RUNNERS: Role[] = [...new Set(Object.values(RUNS_CYCLES).flat())];

export function assertRunsCycle(user: AuthUser, kind: CycleKind): void {
  if (!hasAnyRole(user, RUNS_CYCLES[kind])) throw new ForbiddenError(`Your role does not run ${kind.toLowerCase().replaceAll('_', ' ')} cycles`);
}

/** A deep dive reads a plan through health's eyes: anyone but the DCO scores it with the health lens. */
export const REQUIRED_LENS: Partial<Record<CycleKind, { lens: string; unlessRole: Role }>> = {
  [CycleKind.HEALTH_DEEP_DIVE]: { lens: 'HEALTH', unlessRole: Role.DCO },
};
