/**
 * The two health rubrics every local authority starts with, beside the EHCP audit rubric: the DCO's
 * review of a piece of health advice, and the six-monthly health deep dive of plans of children with
 * complex health needs. Councils edit their own copies, as with the EHCP rubric.
 */
import type { RubricTemplate } from './default-ehcp-rubric.js';

const GRADES: RubricTemplate['grades'] = [
  { value: 4, label: 'Outstanding' },
  { value: 3, label: 'Good' },
  { value: 2, label: 'Requires improvement' },
  { value: 1, label: 'Inadequate' },
];

/**
 * Graded from the criteria (the DCO ticks each one): a published audit of community paediatric advice
 * scored it the same way. Timeliness is not a criterion here: it follows from the advice's dates.
 */
export const HEALTH_ADVICE_RUBRIC: RubricTemplate = {
  name: 'Health advice quality review (default)',
  purpose: 'HEALTH_ADVICE',
  derivation: 'CRITERIA_SCORE',
  grades: GRADES,
  sections: [
    {
      code: 'FORM',
      title: 'Form and readability',
      guidance: 'The family can read it and a caseworker can find what they need: the agreed template, no unexplained jargon, a named author.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'The agreed advice template is used', guidance: 'Every heading of the local template is completed or marked not applicable.', weight: 1 },
        { statement: 'Written so the family can understand it', guidance: 'Plain language; any clinical term or abbreviation is explained.', weight: 1 },
        { statement: 'Signed and dated by a named professional', guidance: 'Name, role and date of the advice; not only the service name.', weight: 1 },
      ],
    },
    {
      code: 'NEEDS',
      title: 'Health needs',
      guidance: 'What the child’s health needs are and how they affect learning and daily life; or an explicit statement that there are none.',
      weight: 1.5,
      limiting: false,
      criteria: [
        { statement: 'Describes the health needs specifically and up to date', guidance: 'Diagnoses and functional needs as they are now, with the date of assessment.', weight: 1 },
        { statement: 'Explains how the health needs affect learning and daily life', guidance: 'The weakest criterion in published audits: what the need means in class, at play, at home.', weight: 1.5 },
        { statement: 'States explicitly when there are no health needs', guidance: '"No health needs related to SEN" rather than silence. Not applicable where needs are described.', weight: 0.5 },
      ],
    },
    {
      code: 'OUTCOMES',
      title: 'Outcomes',
      guidance: 'Outcomes the health input works towards, written so that progress can be measured at the next review.',
      weight: 1.5,
      limiting: false,
      criteria: [
        { statement: 'Outcomes are specific and measurable', guidance: 'SMART: what will change for the child, by when, and how we will know.', weight: 1 },
        { statement: 'Outcomes follow from the needs described', guidance: 'Each outcome answers a need; none is an activity ("will attend therapy").', weight: 1 },
      ],
    },
    {
      code: 'PROVISION',
      title: 'Provision',
      guidance: 'What the child needs, quantified, and where it belongs in the plan.',
      weight: 1.5,
      limiting: false,
      criteria: [
        {
          statement: 'Provision is specified and quantified',
          guidance: 'Type, frequency, duration, who delivers it and the training staff need; no "access to", "regular" or "as required".',
          weight: 1.5,
        },
        { statement: 'Clear which provision educates or trains (section F) and which is health provision (section G)', guidance: 'E.g. a speech and language programme delivered in class belongs in F.', weight: 1 },
        { statement: 'Says how and when the provision will be reviewed', guidance: 'Review date or interval, and who reviews it.', weight: 0.5 },
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

/**
 * The deep dive reads the health parts of a plan in depth. Graded by the auditor's judgement, with the
 * health sections C and G limiting, as B, E and F are in the EHCP audit.
 */
export const HEALTH_DEEP_DIVE_RUBRIC: RubricTemplate = {
  name: 'Health deep dive (default)',
  purpose: 'HEALTH_DEEP_DIVE',
  derivation: 'AUDITOR_JUDGEMENT',
  grades: GRADES,
  sections: [
    {
      code: 'C',
      title: 'Health needs related to the SEN, in depth',
      guidance: 'Every health need is there, current, specific and traceable to dated advice; how it affects learning and daily life is clear.',
      weight: 2,
      limiting: true,
      criteria: [
        { statement: 'Every health need is described specifically and is up to date', guidance: 'Matches the latest advice from each health service involved.', weight: 1 },
        { statement: 'Each need is linked to the dated health advice in K', guidance: 'The reader can tell which service said what, and when.', weight: 1 },
        { statement: 'How each need affects learning and daily life is explained', guidance: 'Not only a diagnosis.', weight: 1 },
        { statement: 'Advice from different health services is consistent or reconciled', guidance: 'Where services differ, the plan says how this was resolved.', weight: 0.5 },
      ],
    },
    {
      code: 'E',
      title: 'Health outcomes',
      guidance: 'The health parts of the outcomes: specific, measurable, and from Year 9 a preparing-for-adulthood health outcome.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Health-related outcomes are specific, measurable and time-bound', guidance: 'SMART, and they follow from the needs in C.', weight: 1 },
        { statement: 'A preparing-for-adulthood health outcome is set', guidance: 'Managing own health, transition to adult health services.', weight: 1, fromYear: 9 },
      ],
    },
    {
      code: 'F',
      title: 'Health advice that educates or trains, in section F',
      guidance: 'Therapy that educates or trains (most speech and language therapy) is special educational provision and belongs in F.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Provision from health advice that educates or trains is in F', guidance: 'Not left in G, where it would not be enforceable as educational provision.', weight: 1 },
        { statement: 'It is specified and quantified', guidance: 'Who, what, how often, for how long, staff training.', weight: 1 },
      ],
    },
    {
      code: 'G',
      title: 'Health provision reasonably required, in depth',
      guidance: 'Each health need in C has provision, specified, quantified and commissioned, linked to the outcomes.',
      weight: 2,
      limiting: true,
      criteria: [
        { statement: 'Each health need in C has provision, or the plan says none is required', guidance: 'Read C and G side by side.', weight: 1 },
        {
          statement: 'Health provision is specified and quantified',
          guidance: 'Type, frequency, duration, who delivers it, staff training; no "access to", "regular" or "as required".',
          weight: 1.5,
        },
        { statement: 'Who commissions and delivers each provision is named', guidance: 'The service and the commissioner, so that it can be secured.', weight: 0.5 },
        { statement: 'Health provision is linked to the outcomes in E', guidance: 'It is clear which outcome it serves.', weight: 1 },
      ],
    },
    {
      code: 'K',
      title: 'Health advice gathered',
      guidance: 'All the health advice the assessment needed is listed, dated and attached.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'All required health advice is listed, dated and attached', guidance: 'Every health service involved contributed, or their "no advice" reason is recorded.', weight: 1 },
        { statement: 'The health advice arrived within six weeks of the request', guidance: 'Compare with the advice dates recorded for the plan.', weight: 1 },
      ],
    },
    {
      code: 'AR',
      title: 'Annual review and the annual health check',
      guidance: 'Health professionals contributed to the last annual review; for young people aged 14–25 with a learning disability, the annual health check was discussed.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Health professionals contributed to the last annual review', guidance: 'Written advice or attendance.', weight: 1 },
        {
          statement: 'For a young person aged 14–25 with a learning disability, the annual health check was discussed',
          guidance: 'Whether it took place, and if not, how the young person will be supported to take it up. Not applicable under 14 or without a learning disability.',
          weight: 1,
          fromYear: 9,
        },
      ],
    },
  ],
};
