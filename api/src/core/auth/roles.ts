import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  QA_OFFICER = 'QA_OFFICER',
  AUDITOR = 'AUDITOR',
  DCO = 'DCO',
  COMMISSIONER = 'COMMISSIONER',
  VIEWER = 'VIEWER',
  BOARD_MEMBER = 'BOARD_MEMBER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do; where they may do it is set by their local authorities.',
  valuesConfig: {
    ADMIN: { description: 'Manages users, reference data and everything else in their local authorities' },
    QA_OFFICER: { description: 'Runs the quality assurance framework: audits, moderation, timetables, reports' },
    AUDITOR: { description: 'Scores the audits assigned to them' },
    DCO: { description: 'Designated Clinical Officer: health advice, health sign-off, deep dives' },
    COMMISSIONER: { description: 'Manages placements, contracts and monitoring visits' },
    VIEWER: { description: 'Reads everything their local authorities hold; changes nothing' },
    BOARD_MEMBER: { description: 'Board members and parent-carer forum representatives: figures, reports and the improvement plan; no record about a child' },
  },
});

/**
 * Roles that see figures, published reports and the improvement plan, and no record about a child by any
 * path. "Anyone signed in" (`@Authorized()`, a resource's empty `readRoles`) leaves them out, so a query or
 * a resource reaches them only where it names them (`EVERY_ROLE`): one added later is closed to them
 * until someone has checked that it holds nothing about a child.
 */
export const AGGREGATE_ONLY: Role[] = [Role.BOARD_MEMBER];

/** Every role, the aggregate-only ones too: for what holds nothing about a child (figures, the improvement plan, one's own account). */
export const EVERY_ROLE: Role[] = Object.values(Role);

/** Who "anyone signed in" means: every role that works with the records about children. */
export const CASE_ROLES: Role[] = EVERY_ROLE.filter((role) => !AGGREGATE_ONLY.includes(role));

/** Who may change the shared records of a local area (children, plans, settings, teams). */
export const CASEWORK_EDITORS: Role[] = [Role.ADMIN, Role.QA_OFFICER];

/**
 * The roles each role's holder may give others (and so manage the holders of): one's own, and for an
 * admin the roles whose powers an admin already has. Health sign-off is the DCO's alone, not even an
 * admin's, so only a DCO makes a DCO: no admin can create one, or reset one's password, and act as one.
 */
const GRANTS: Record<Role, Role[]> = {
  [Role.ADMIN]: [Role.ADMIN, Role.QA_OFFICER, Role.AUDITOR, Role.COMMISSIONER, Role.VIEWER, Role.BOARD_MEMBER],
  [Role.QA_OFFICER]: [Role.QA_OFFICER],
  [Role.AUDITOR]: [Role.AUDITOR],
  [Role.DCO]: [Role.DCO],
  [Role.COMMISSIONER]: [Role.COMMISSIONER],
  [Role.VIEWER]: [Role.VIEWER],
  [Role.BOARD_MEMBER]: [Role.BOARD_MEMBER],
};

export function grantableRoles(held: readonly Role[]): Set<Role> {
  return new Set(held.flatMap((role) => GRANTS[role]));
}
