import type { EntityManager } from '@mikro-orm/postgresql';
import { QuestionType, SurveyKind } from './enums.js';
import { FamilyTheme, SurveyTemplate, type SurveyQuestion } from './survey.entity.js';

const SATISFACTION = ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'];
const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

const scale = (key: string, text: string, labels = AGREEMENT, headline = false): SurveyQuestion => ({ key, text, type: QuestionType.SCALE, labels, headline });
const free = (key: string, text: string): SurveyQuestion => ({ key, text, type: QuestionType.TEXT, labels: [], headline: false });

/** The templates every authority starts with, one per kind, each with its overall satisfaction question. */
export const SHIPPED_SURVEYS: Record<SurveyKind, { name: string; questions: SurveyQuestion[] }> = {
  POST_ASSESSMENT: {
    name: 'After the EHC needs assessment',
    questions: [
      scale('overall', 'Overall, how satisfied are you with the EHC needs assessment process?', SATISFACTION, true),
      scale('listened', 'We felt listened to, and our views are in the plan'),
      scale('informed', 'We were kept informed at every step'),
      scale('describes', 'The plan describes our child well'),
      free('better', 'What could we have done better?'),
    ],
  },
  POST_ANNUAL_REVIEW: {
    name: 'After the annual review',
    questions: [
      scale('overall', 'Overall, how satisfied are you with the annual review?', SATISFACTION, true),
      scale('prepared', 'We had the reports in good time before the meeting'),
      scale('outcomes', 'The review looked at progress towards the outcomes in the plan'),
      free('better', 'What could we have done better?'),
    ],
  },
  ANNUAL_FAMILY: {
    name: 'Annual survey of families',
    questions: [
      scale('overall', 'Overall, how satisfied are you with the support for your child’s special educational needs?', SATISFACTION, true),
      scale('confidence', 'We are confident that our child’s needs will be met'),
      scale('localOffer', 'We can find what is on offer locally'),
      free('said', 'What would you most like us to change?'),
    ],
  },
  YOUNG_PEOPLE: {
    name: 'Young people’s survey',
    questions: [
      scale('overall', 'How happy are you with the help you get?', ['Very unhappy', 'Unhappy', 'Not sure', 'Happy', 'Very happy'], true),
      scale('fits', 'The help I get fits what I need'),
      scale('heard', 'People listen to what I say about my plan'),
      free('change', 'What would you change?'),
    ],
  },
};

/** Installs version 1 of each shipped survey for an authority, so invitations can be sent at once. */
export function installShippedSurveys(em: EntityManager, localAuthorityId: string): SurveyTemplate[] {
  return Object.values(SurveyKind).map((kind) =>
    em.create(SurveyTemplate, { localAuthority: localAuthorityId, kind, number: 1, name: SHIPPED_SURVEYS[kind].name, questions: SHIPPED_SURVEYS[kind].questions.map((q) => ({ ...q, labels: [...q.labels] })) }),
  );
}

/** Removes what an unused authority holds here (it has no plans, so no invitations or responses): its themes and templates. */
export async function removeSurveys(em: EntityManager, localAuthorityId: string): Promise<void> {
  em.remove(await em.find(FamilyTheme, { localAuthority: localAuthorityId }));
  em.remove(await em.find(SurveyTemplate, { localAuthority: localAuthorityId }));
}
