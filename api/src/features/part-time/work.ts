import type { WorkItemSource } from '../../core/work/work-items.js';
import { TimetableStatus } from './enums.js';
import type { PartTimeTimetable } from './timetable.entity.js';
import { partTimeTimetables } from './timetable.resource.js';

export const partTimeWork: WorkItemSource[] = [
  {
    kind: 'PART_TIME_REVIEW',
    label: 'Part-time timetable review',
    resource: partTimeTimetables,
    waitingOn: (user) => ({ ownerUser: user.id, status: TimetableStatus.ACTIVE }),
    dueField: 'nextReviewDate',
    populate: ['child'],
    title: (timetable: PartTimeTimetable) => `Review of the part-time timetable of ${timetable.child.getEntity().caseReference}`,
  } satisfies WorkItemSource<PartTimeTimetable>,
];
