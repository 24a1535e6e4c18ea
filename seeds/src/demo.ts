/** Demo sign-in accounts. Plain data: the API hashes DEMO_PASSWORD when it seeds them. */
import type { SyntheticData } from './types.js';

export type Role = 'ADMIN' | 'QA_OFFICER' | 'AUDITOR' | 'DCO' | 'COMMISSIONER' | 'VIEWER' | 'BOARD_MEMBER';

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  localAuthorityIds: string[];
}

export const DEMO_PASSWORD = 'demo-password';

const AREA_WIDE: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@example.org', displayName: 'Demo Admin', role: 'ADMIN' },
  { email: 'qa@example.org', displayName: 'Demo QA officer', role: 'QA_OFFICER' },
  { email: 'auditor@example.org', displayName: 'Demo Auditor', role: 'AUDITOR' },
  { email: 'dco@example.org', displayName: 'Demo DCO', role: 'DCO' },
  { email: 'commissioner@example.org', displayName: 'Demo Commissioner', role: 'COMMISSIONER' },
  { email: 'viewer@example.org', displayName: 'Demo Viewer', role: 'VIEWER' },
  { email: 'board@example.org', displayName: 'Demo Board member', role: 'BOARD_MEMBER' },
];

/** Peterborough, the smaller authority: its own QA officer shows that access is scoped by authority. */
const SINGLE_AUTHORITY_CODE = '874';

/** One account per role across both authorities, plus a QA officer who sees only the smaller one. */
export function demoUsers(data: SyntheticData): DemoUser[] {
  const allAuthorityIds = data.localAuthorities.map((la) => la.id);
  const single = data.localAuthorities.find((la) => la.code === SINGLE_AUTHORITY_CODE);
  if (single === undefined) throw new Error(`demo data has no local authority with code ${SINGLE_AUTHORITY_CODE}`);
  return [
    ...AREA_WIDE.map(({ email, displayName, role }) => ({
      email,
      displayName,
      roles: [role],
      localAuthorityIds: [...allAuthorityIds],
    })),
    {
      email: 'qa.peterborough@example.org',
      displayName: `Demo QA officer (${single.name})`,
      roles: ['QA_OFFICER'],
      localAuthorityIds: [single.id],
    },
  ];
}
