import type { ApiEnum } from '../../../common/graphql';

export type AuditStatus = ApiEnum<'AuditStatus'>;

/** States in which the auditor may still change the audit (the API enforces the same). */
export const WITH_AUDITOR: AuditStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'RETURNED'];

/** States in which whoever runs the cycle may still (re)assign the audit. */
export const ASSIGNABLE: AuditStatus[] = ['UNASSIGNED', ...WITH_AUDITOR];

/** States after the auditor handed the audit in. */
export const HANDED_IN: AuditStatus[] = ['SUBMITTED', 'MODERATED', 'FINAL'];
