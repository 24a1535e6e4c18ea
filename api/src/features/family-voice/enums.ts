import { registerEnumType } from 'type-graphql';

export enum SurveyKind {
  POST_ASSESSMENT = 'POST_ASSESSMENT',
  POST_ANNUAL_REVIEW = 'POST_ANNUAL_REVIEW',
  ANNUAL_FAMILY = 'ANNUAL_FAMILY',
  YOUNG_PEOPLE = 'YOUNG_PEOPLE',
}
registerEnumType(SurveyKind, {
  name: 'SurveyKind',
  valuesConfig: {
    POST_ASSESSMENT: { description: 'Sent to the family once the EHC needs assessment has ended' },
    POST_ANNUAL_REVIEW: { description: 'Sent to the family after an annual review' },
    ANNUAL_FAMILY: { description: "The local area's yearly survey of families" },
    YOUNG_PEOPLE: { description: "Young people's own survey: do services fit their needs" },
  },
});

export enum QuestionType {
  SCALE = 'SCALE',
  TEXT = 'TEXT',
}
registerEnumType(QuestionType, {
  name: 'QuestionType',
  valuesConfig: { SCALE: { description: 'Answered 1 to 5, each point with its label' }, TEXT: { description: 'Answered in free text' } },
});

export enum ResponseChannel {
  LINK = 'LINK',
  ENTERED = 'ENTERED',
  IMPORTED = 'IMPORTED',
}
registerEnumType(ResponseChannel, {
  name: 'ResponseChannel',
  valuesConfig: {
    LINK: { description: "Filled in by the family through the invitation's link" },
    ENTERED: { description: 'Entered by staff from a paper form or a call' },
    IMPORTED: { description: "Imported from the council's survey tool" },
  },
});

export enum ThemeStatus {
  RAISED = 'RAISED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(ThemeStatus, {
  name: 'ThemeStatus',
  valuesConfig: { RAISED: { description: 'Heard; no action yet' }, IN_PROGRESS: { description: 'Action under way' }, DONE: { description: 'Action taken' } },
});
