/**
 * The rubric a QA officer reviews the other agencies' advice against: education, educational
 * psychology, social care and any other advice gathered for an EHC needs assessment or a review (the
 * DCO reviews health advice against the health rubric). The same shape as the health rubric, so the
 * two are read side by side; councils edit their own copies.
 */
import type { RubricTemplate } from './default-ehcp-rubric.js';
import { HEALTH_ADVICE_RUBRIC } from './health-rubrics.js';

export const AGENCY_ADVICE_RUBRIC: RubricTemplate = {
  name: 'Multi-agency advice quality review (default)',
  purpose: 'AGENCY_ADVICE',
  derivation: 'CRITERIA_SCORE',
  grades: HEALTH_ADVICE_RUBRIC.grades,
  sections: [
    {
      code: 'FORM',
      title: 'Form and readability',
      guidance: 'The family can read it and a caseworker can find what they need: the agreed template, no unexplained jargon, a named author.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'The agreed advice template is used', guidance: 'Every heading of the local template is completed or marked not applicable.', weight: 1 },
        { statement: 'Written so the family can understand it', guidance: 'Plain language; any professional term or test name is explained.', weight: 1 },
        { statement: 'Signed and dated by a named professional', guidance: 'Name, role and date of the advice; not only the service name.', weight: 1 },
      ],
    },
    {
      code: 'NEEDS',
      title: 'Needs',
      guidance: "The child's needs as this agency sees them, across the areas it knows, and how they affect learning and daily life.",
      weight: 1.5,
      limiting: false,
      criteria: [
        { statement: 'Describes the needs specifically and up to date', guidance: 'What the agency assessed, when and how; strengths as well as difficulties.', weight: 1.5 },
        { statement: 'Explains how the needs affect learning, care and daily life', guidance: 'What the need means in class, at home and in the community.', weight: 1 },
        { statement: 'States explicitly when the agency identifies no needs', guidance: '"No social care needs related to SEN" rather than silence. Not applicable where needs are described.', weight: 0.5 },
      ],
    },
    {
      code: 'OUTCOMES',
      title: 'Outcomes',
      guidance: 'Outcomes the agency’s input works towards, written so that progress can be measured at the next review.',
      weight: 1.5,
      limiting: false,
      criteria: [
        { statement: 'Outcomes are specific and measurable', guidance: 'SMART: what will change for the child, by when, and how we will know.', weight: 1 },
        { statement: 'Outcomes follow from the needs described', guidance: 'Each outcome answers a need; none is an activity.', weight: 1 },
      ],
    },
    {
      code: 'PROVISION',
      title: 'Provision',
      guidance: 'What the child needs, quantified, and which section of the plan it belongs in.',
      weight: 1.5,
      limiting: false,
      criteria: [
        { statement: 'Provision is specified and quantified', guidance: 'What, who delivers it, how often, for how long, staff ratio or expertise; no "access to", "regular" or "as required".', weight: 1.5 },
        { statement: 'Clear which section each provision belongs in', guidance: 'Special educational provision in F, social care provision in H1 or H2.', weight: 1 },
      ],
    },
    {
      code: 'VOICE',
      title: 'The child’s and family’s views',
      guidance: 'Co-produced: the child’s voice and the family’s views shape the advice.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: "The child's or young person's views are recorded", guidance: 'In their words or by a method that suits how they communicate.', weight: 1 },
        { statement: "The family's views are recorded and taken into account", guidance: 'Parents or carers contributed, and where they differ this is said.', weight: 1 },
      ],
    },
  ],
};
