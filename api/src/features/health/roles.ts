import { Role } from '../../core/auth/roles.js';

/** The DCO's work, and admins': health advice, its review, sign-off requests. */
export const HEALTH_WRITERS: Role[] = [Role.DCO, Role.ADMIN];
/** Who reads it; commissioners and auditors have no need to. */
export const HEALTH_READERS: Role[] = [Role.DCO, Role.ADMIN, Role.QA_OFFICER, Role.VIEWER];
/** The health figures hold no record about a child: board members read them too. */
export const HEALTH_FIGURE_READERS: Role[] = [...HEALTH_READERS, Role.BOARD_MEMBER];
