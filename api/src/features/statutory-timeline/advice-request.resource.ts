import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import type { TeamKind } from '../people/index.js';
import { AdviceRequest } from './advice-request.entity.js';
import { AdviceRequestFilter } from './advice-request.inputs.js';

/** Advice is special-category data when it is health's: commissioners and auditors have no need of any of it. */
export const ADVICE_READERS: Role[] = [Role.ADMIN, Role.QA_OFFICER, Role.DCO, Role.VIEWER];
/** Casework editors record every agency's advice requests; the DCO those of health too, as before the timeline owned them. */
export const ADVICE_WRITERS: Role[] = [...CASEWORK_EDITORS, Role.DCO];
/** The QA officer reviews the advice of every agency but health, whose review is the DCO's (the health feature's reviewHealthAdvice). */
export const AGENCY_ADVICE_REVIEWERS: Role[] = [Role.QA_OFFICER, Role.ADMIN];

export const adviceRequests: ResourceDefinition<AdviceRequest, AdviceRequestFilter> = {
  entity: AdviceRequest,
  name: 'AdviceRequest',
  plural: 'AdviceRequests',
  filter: AdviceRequestFilter,
  tenancy: 'owned',
  readRoles: ADVICE_READERS,
  writeRoles: ADVICE_WRITERS,
  sortFields: {
    requestedOn: 'requestedOn',
    dueOn: 'dueOn',
    receivedOn: 'receivedOn',
    reviewGrade: 'reviewGrade',
    team: 'team.name',
    caseReference: 'plan.child.caseReference',
  },
  defaultSort: { field: 'dueOn', order: SortOrder.DESC },
  search: (q) => ({ plan: { child: { caseReference: { $ilike: `${q}%` } } } }),
  filterFields: {
    agency: (kind: TeamKind) => ({ team: { kind } }),
    awaitingReview: (awaiting: boolean) =>
      awaiting ? { receivedOn: { $ne: null }, noAdvice: false, reviewGrade: null } : { $or: [{ receivedOn: null }, { noAdvice: true }, { reviewGrade: { $ne: null } }] },
    overdue: (overdue: boolean) =>
      overdue ? { receivedOn: null, dueOn: { $lt: today() } } : { $or: [{ receivedOn: { $ne: null } }, { dueOn: { $gte: today() } }] },
  },
};
