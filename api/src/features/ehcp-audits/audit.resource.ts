import { hasAnyRole } from '../../core/auth/auth-user.js';
import { Role } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { Audit, AuditStatus } from './audit.entity.js';
import { AuditFilter } from './audit.inputs.js';
import { blindModeration } from './blind.js';
import { CYCLE_RUNNERS } from './cycle-roles.js';

/** Roles that see every audit of their local authorities; an auditor otherwise sees only those given to them to score or moderate. */
export const SEE_ALL_AUDITS = [Role.ADMIN, Role.QA_OFFICER, Role.DCO, Role.VIEWER];
/** Who may be given an audit to score. */
export const CAN_AUDIT = [Role.AUDITOR, Role.QA_OFFICER, Role.DCO];
/** Who may moderate another officer's audit. */
export const MODERATE = [...CAN_AUDIT, Role.ADMIN];

/** States in which the assigned auditor may still change an audit: their work still to do. */
export const EDITABLE = [AuditStatus.ASSIGNED, AuditStatus.IN_PROGRESS, AuditStatus.RETURNED];

export const audits: ResourceDefinition<Audit, AuditFilter> = {
  entity: Audit,
  name: 'Audit',
  plural: 'Audits',
  filter: AuditFilter,
  tenancy: (user) =>
    hasAnyRole(user, SEE_ALL_AUDITS)
      ? { localAuthority: { $in: user.localAuthorityIds } }
      : { localAuthority: { $in: user.localAuthorityIds }, $or: [{ auditor: user.id }, { moderator: user.id }] },
  readRoles: [...SEE_ALL_AUDITS, Role.AUDITOR],
  writeRoles: CYCLE_RUNNERS,
  // An audit is due when its cycle closes.
  sortFields: { status: 'status', caseReference: 'plan.child.caseReference', cycle: 'cycle.opensOn', dueOn: 'cycle.closesOn' },
  filterFields: { toDo: (toDo: boolean) => ({ status: toDo ? { $in: EDITABLE } : { $nin: EDITABLE } }) },
  defaultSort: { field: 'caseReference', order: SortOrder.ASC },
  redactions: [blindModeration],
};
