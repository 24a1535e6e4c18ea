import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { SurveyTemplate } from './survey.entity.js';
import { SurveyTemplateFilter } from './template.inputs.js';

export const surveyTemplates: ResourceDefinition<SurveyTemplate, SurveyTemplateFilter> = {
  entity: SurveyTemplate,
  name: 'SurveyTemplate',
  plural: 'SurveyTemplates',
  filter: SurveyTemplateFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { name: 'name', kind: 'kind', number: 'number', createdAt: 'createdAt' },
  defaultSort: { field: 'kind', order: SortOrder.ASC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};
