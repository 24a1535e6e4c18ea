import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import { AssessmentRequestFilter } from './assessment-request.inputs.js';
import { AssessmentDecision, AssessmentKind } from './enums.js';

const OPEN = {
  $or: [
    { kind: AssessmentKind.REQUEST, outcome: null, withdrawnOn: null, $or: [{ decision: null }, { decision: AssessmentDecision.ASSESS }] },
    { kind: AssessmentKind.TRANSFER_IN, transferNoticeOn: null },
  ],
};

export const assessmentRequests: ResourceDefinition<AssessmentRequest, AssessmentRequestFilter> = {
  entity: AssessmentRequest,
  name: 'AssessmentRequest',
  plural: 'AssessmentRequests',
  filter: AssessmentRequestFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: {
    receivedOn: 'receivedOn',
    decisionOn: 'decisionOn',
    outcomeOn: 'outcomeOn',
    caseReference: 'child.caseReference',
    caseworker: 'caseworker',
    team: 'team.name',
  },
  defaultSort: { field: 'receivedOn', order: SortOrder.DESC },
  search: (q) => ({ child: { caseReference: { $ilike: `${q}%` } } }),
  filterFields: { open: (open: boolean) => (open ? OPEN : { $not: OPEN }) },
};
