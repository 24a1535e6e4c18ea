import type { Feature } from '../../core/feature.js';
import { loadFamilyVoiceDemo } from './demo.js';
import { FamilySatisfactionResolver, PlanFamilyFeedbackResolver } from './figures.resolver.js';
import { surveyResponseImport } from './imports.js';
import { SurveyInvitationResolver } from './invitation.resolver.js';
import { familyVoiceKpiCalculations } from './qa-figures.js';
import { SurveyResponseResolver } from './response.resolver.js';
import { installShippedSurveys, removeSurveys } from './shipped-templates.js';
import { FamilyTheme, SurveyInvitation, SurveyResponse, SurveyTemplate } from './survey.entity.js';
import { SurveyTemplateResolver } from './template.resolver.js';
import { FamilyThemeResolver } from './theme.resolver.js';

/** Families' voice: survey templates, single-use links, responses and their figures, and "You said, we did". */
export const feature: Feature = {
  name: 'family-voice',
  entities: [SurveyTemplate, SurveyInvitation, SurveyResponse, FamilyTheme],
  resolvers: [SurveyTemplateResolver, SurveyInvitationResolver, SurveyResponseResolver, FamilyThemeResolver, FamilySatisfactionResolver, PlanFamilyFeedbackResolver],
  loadDemo: loadFamilyVoiceDemo,
  installLocalAuthority: (em, localAuthorityId) => void installShippedSurveys(em, localAuthorityId),
  uninstallLocalAuthority: removeSurveys,
  kpiCalculations: familyVoiceKpiCalculations,
  imports: [surveyResponseImport],
};
