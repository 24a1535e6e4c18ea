import { titleLine, type WorkItemSource } from '../../core/work/work-items.js';
import { AuditStatus, type Audit } from './audit.entity.js';
import { audits, EDITABLE } from './audit.resource.js';
import { ActionStatus, type FollowUpAction } from './follow-up-action.entity.js';
import { followUpActions } from './follow-up-action.resource.js';

const caseOf = (audit: Audit) => audit.plan.getEntity().child.getEntity().caseReference;

/** An audit is due when its cycle closes; an action on its own date. */
export const auditWork: WorkItemSource[] = [
  {
    kind: 'AUDIT_TO_SCORE',
    label: 'Audit to score',
    resource: audits,
    waitingOn: (user) => ({ auditor: user.id, status: { $in: EDITABLE } }),
    dueField: 'cycle.closesOn',
    populate: ['cycle', 'plan.child'],
    title: (audit: Audit) => `Audit of ${caseOf(audit)}${audit.status === AuditStatus.RETURNED ? ' (returned to you)' : ''}`,
  } satisfies WorkItemSource<Audit>,
  {
    kind: 'AUDIT_TO_MODERATE',
    label: 'Audit to moderate',
    resource: audits,
    waitingOn: (user) => ({ moderator: user.id, status: AuditStatus.SUBMITTED }),
    dueField: 'cycle.closesOn',
    populate: ['cycle', 'plan.child'],
    title: (audit: Audit) => `Moderation of the audit of ${caseOf(audit)}`,
  } satisfies WorkItemSource<Audit>,
  {
    kind: 'FOLLOW_UP_ACTION',
    label: 'Follow-up action',
    resource: followUpActions,
    waitingOn: (user) => ({ ownerUser: user.id, status: ActionStatus.OPEN }),
    dueField: 'dueDate',
    title: (action: FollowUpAction) => titleLine(action.description),
  } satisfies WorkItemSource<FollowUpAction>,
];

