import { Role } from '../../core/auth/roles.js';
import { addDays } from '../../core/dates.js';
import { DUE_SOON_DAYS, titleLine, type WorkItemSource } from '../../core/work/work-items.js';
import { PlacementStatus, VisitActionStatus } from './enums.js';
import type { Placement } from './placement.entity.js';
import { placements } from './placement.resource.js';
import type { VisitAction } from './visit-action.entity.js';
import { visitActions } from './visit-action.resource.js';

export const placementWork: WorkItemSource[] = [
  {
    kind: 'VISIT_ACTION',
    label: 'Visit action',
    resource: visitActions,
    waitingOn: (user) => ({ ownerUser: user.id, status: VisitActionStatus.OPEN }),
    dueField: 'dueDate',
    title: (action: VisitAction) => titleLine(action.description),
  } satisfies WorkItemSource<VisitAction>,
  {
    // Visits are the commissioning team's, not one officer's: every commissioner sees those falling due.
    kind: 'MONITORING_VISIT_DUE',
    label: 'Monitoring visit due',
    resource: placements,
    forRoles: [Role.COMMISSIONER],
    waitingOn: (_user, today) => ({ status: PlacementStatus.ACTIVE, nextVisitDue: { $lte: addDays(today, DUE_SOON_DAYS) } }),
    dueField: 'nextVisitDue',
    populate: ['child'],
    title: (placement: Placement) => `Monitoring visit to the placement of ${placement.child.getEntity().caseReference}`,
  } satisfies WorkItemSource<Placement>,
];
