import { Field, ObjectType } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { SurveyInvitationFilter } from './invitation.inputs.js';
import { SurveyInvitation, SurveyQuestion } from './survey.entity.js';

@ObjectType({ description: 'What a survey link shows the family: the questions and who asks, nothing about the child or the plan' })
export class PublicSurvey {
  @Field(() => String, { description: 'The local authority asking' }) authorityName!: string;
  @Field(() => String) title!: string;
  @Field(() => [SurveyQuestion]) questions!: SurveyQuestion[];
}

export const surveyInvitations: ResourceDefinition<SurveyInvitation, SurveyInvitationFilter> = {
  entity: SurveyInvitation,
  name: 'SurveyInvitation',
  plural: 'SurveyInvitations',
  filter: SurveyInvitationFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { createdAt: 'createdAt', expiresOn: 'expiresOn', usedAt: 'usedAt' },
  defaultSort: { field: 'createdAt', order: SortOrder.DESC },
  filterFields: { used: (used: boolean) => ({ usedAt: used ? { $ne: null } : null }) },
};
