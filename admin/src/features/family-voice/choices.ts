import { labelledChoices } from '../../common/choices';

export const surveyKindChoices = labelledChoices('SurveyKind');
export const questionTypeChoices = labelledChoices('QuestionType');
export const responseChannelChoices = labelledChoices('ResponseChannel');
export const themeStatusChoices = labelledChoices('ThemeStatus');
