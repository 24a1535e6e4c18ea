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
