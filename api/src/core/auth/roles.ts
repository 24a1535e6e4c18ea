import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  QA_OFFICER = 'QA_OFFICER',
  AUDITOR = 'AUDITOR',
  DCO = 'DCO',
  COMMISSIONER = 'COMMISSIONER',
  VIEWER = 'VIEWER',
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
  },
});

/** Who may change the shared records of a local area (children, plans, settings, teams). */
export const CASEWORK_EDITORS: Role[] = [Role.ADMIN, Role.QA_OFFICER];

/**
 * The roles each role's holder may give others (and so manage the holders of): one's own, and for an
 * admin the roles whose powers an admin already has. Health sign-off is the DCO's alone, not even an
 * admin's, so only a DCO makes a DCO: no admin can create one, or reset one's password, and act as one.
 */
const GRANTS: Record<Role, Role[]> = {
  [Role.ADMIN]: [Role.ADMIN, Role.QA_OFFICER, Role.AUDITOR, Role.COMMISSIONER, Role.VIEWER],
  [Role.QA_OFFICER]: [Role.QA_OFFICER],
  [Role.AUDITOR]: [Role.AUDITOR],
  [Role.DCO]: [Role.DCO],
  [Role.COMMISSIONER]: [Role.COMMISSIONER],
  [Role.VIEWER]: [Role.VIEWER],
};

export function grantableRoles(held: readonly Role[]): Set<Role> {
  return new Set(held.flatMap((role) => GRANTS[role]));
}
