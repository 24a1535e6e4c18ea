import type { AuthUser } from '../../core/auth/auth-user.js';
import { hasAnyRole } from '../../core/auth/auth-user.js';
import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { ForbiddenError } from '../../core/graphql/errors.js';
import { CycleKind } from './cycle.entity.js';

/** Who runs each kind of cycle (creates it, draws and assigns its sample, moderates and finalises): the DCO runs the health deep dives. */
export const RUNS_CYCLES: Record<CycleKind, Role[]> = {
  [CycleKind.EHCP_AUDIT]: CASEWORK_EDITORS,
  [CycleKind.HEALTH_DEEP_DIVE]: [Role.ADMIN, Role.DCO],
};

/** Everyone who runs some kind of cycle: the resolvers let them in, and the kind decides. */
export const CYCLE_RUNNERS: Role[] = [...new Set(Object.values(RUNS_CYCLES).flat())];

export function assertRunsCycle(user: AuthUser, kind: CycleKind): void {
  if (!hasAnyRole(user, RUNS_CYCLES[kind])) throw new ForbiddenError(`Your role does not run ${kind.toLowerCase().replaceAll('_', ' ')} cycles`);
}

/** A deep dive reads a plan through health's eyes: anyone but the DCO scores it with the health lens. */
export const REQUIRED_LENS: Partial<Record<CycleKind, { lens: string; unlessRole: Role }>> = {
  [CycleKind.HEALTH_DEEP_DIVE]: { lens: 'HEALTH', unlessRole: Role.DCO },
};
