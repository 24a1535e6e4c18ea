import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import type { SurveyKind } from './enums.js';
import { SurveyResponseFilter } from './response.inputs.js';
import { SurveyResponse } from './survey.entity.js';

export const surveyResponses: ResourceDefinition<SurveyResponse, SurveyResponseFilter> = {
  entity: SurveyResponse,
  name: 'SurveyResponse',
  plural: 'SurveyResponses',
  filter: SurveyResponseFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { respondedOn: 'respondedOn', channel: 'channel', term: 'term' },
  defaultSort: { field: 'respondedOn', order: SortOrder.DESC },
  filterFields: { kind: (kind: SurveyKind) => ({ template: { kind } }) },
};
