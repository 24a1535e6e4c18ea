import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { SenStatus, TimetableStatus } from './enums.js';
import { PartTimeTimetable } from './timetable.entity.js';
import { PartTimeTimetableFilter } from './timetable.inputs.js';

const ACTIVE = TimetableStatus.ACTIVE;

export const partTimeTimetables: ResourceDefinition<PartTimeTimetable, PartTimeTimetableFilter> = {
  entity: PartTimeTimetable,
  name: 'PartTimeTimetable',
  plural: 'PartTimeTimetables',
  filter: PartTimeTimetableFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: {
    caseReference: 'child.caseReference',
    setting: 'setting.name',
    startDate: 'startDate',
    agreedEndDate: 'agreedEndDate',
    nextReviewDate: 'nextReviewDate',
    currentHours: 'currentHours',
    status: 'status',
    senStatus: 'senStatus',
  },
  defaultSort: { field: 'startDate', order: SortOrder.DESC },
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: {
    reviewOverdue: (overdue: boolean) =>
      overdue ? { status: ACTIVE, nextReviewDate: { $lt: today() } } : { $or: [{ status: { $ne: ACTIVE } }, { nextReviewDate: { $gte: today() } }] },
    // The same rule as missingAgreements, on today's date, in SQL.
    consentMissing: (missing: boolean) => {
      const lacking = {
        $or: [
          { parentAgreementDate: null },
          { senStatus: SenStatus.EHCP, caseworkerAgreementDate: null },
          { child: { lookedAfter: true }, virtualSchoolAgreementDate: null },
          { hasSocialWorker: true, $or: [{ socialWorkerInvolvement: null }, { socialWorkerInvolvement: '' }] },
        ],
      };
      return missing ? lacking : { $not: lacking };
    },
  },
};
