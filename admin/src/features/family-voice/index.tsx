/** Families' voice: survey templates and links, responses, the satisfaction figures and "You said, we did" (api/src/features/family-voice). */
import type { AdminFeature } from '../../common/feature';
import { familySatisfactionResource } from './figures';
import { surveyInvitationResource } from './invitations';
import { PublicSurvey } from './PublicSurvey';
import { surveyResponseResource } from './responses';
import { surveyTemplateResource } from './templates';
import { familyThemeResource } from './themes';

export { FamilyFeedback } from './FamilyFeedback';

const resources = [familySatisfactionResource, surveyResponseResource, surveyInvitationResource, familyThemeResource, surveyTemplateResource];

export const feature: AdminFeature = {
  resources,
  routes: [{ path: '/survey/:token', element: <PublicSurvey />, noLayout: true }],
  menu: resources.map(({ name }) => (name === familySatisfactionResource.name ? { group: 'framework', resource: name, dashboard: true } : { group: 'framework', resource: name })),
};
