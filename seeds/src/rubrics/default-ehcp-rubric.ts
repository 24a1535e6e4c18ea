/**
 * The default EHCP audit rubric every new local authority starts from; councils edit their own copy.
 * Grades follow the four-point scale councils use "in line with Ofsted". The criteria are the
 * substance: each is judged met, partly met, not met or not applicable.
 */

export type GradeDerivation = 'AUDITOR_JUDGEMENT' | 'CRITERIA_SCORE';

export interface RubricCriterionTemplate {
  statement: string;
  guidance: string;
  weight: number;
  /** School year from which the criterion applies (preparing for adulthood: Year 9). */
  fromYear?: number;
}

export interface RubricSectionTemplate {
  code: string;
  title: string;
  /** What good looks like: shown beside the section on the scoring screen. */
  guidance: string;
  weight: number;
  /** A limiting section caps the overall grade at one step above its own. */
  limiting: boolean;
  criteria: RubricCriterionTemplate[];
}

/** What a rubric is for: the cycle kind it scores, the DCO's review of health advice, or the QA officer's of the other agencies' advice. */
export type RubricPurpose = 'EHCP_AUDIT' | 'HEALTH_ADVICE' | 'HEALTH_DEEP_DIVE' | 'AGENCY_ADVICE';

export interface RubricTemplate {
  name: string;
  purpose: RubricPurpose;
  derivation: GradeDerivation;
  grades: { value: 1 | 2 | 3 | 4; label: string }[];
  sections: RubricSectionTemplate[];
}

const VAGUE_WORDS = '"access to", "opportunities for", "regular", "as required"';

export const DEFAULT_EHCP_RUBRIC: RubricTemplate = {
  name: 'EHCP quality audit (default)',
  purpose: 'EHCP_AUDIT',
  derivation: 'AUDITOR_JUDGEMENT',
  grades: [
    { value: 4, label: 'Outstanding' },
    { value: 3, label: 'Good' },
    { value: 2, label: 'Requires improvement' },
    { value: 1, label: 'Inadequate' },
  ],
  sections: [
    {
      code: 'A',
      title: 'The views, interests and aspirations of the child and parents, or of the young person',
      guidance:
        'The child or young person comes through as a person: their own words, what they enjoy and are good at, what they hope for, and how they like to be helped. The family\'s views are recorded alongside, not instead.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: "The child's or young person's own voice is recorded, in their words", guidance: 'Quotes, or their views gathered in a way that suits how they communicate; not only adults describing them.', weight: 1 },
        { statement: 'Aspirations for the future are described', guidance: 'Short- and long-term hopes, appropriate to age; from Year 9 linked to adult life.', weight: 1 },
        { statement: 'What matters to and for them is clear', guidance: 'Interests, people, routines and things that help or upset them.', weight: 1 },
        { statement: "The family's views are recorded", guidance: "Parents' or carers' views in their own words, including where they differ.", weight: 1 },
        { statement: 'Strengths are described', guidance: 'What the child can do and does well, not only difficulties.', weight: 1 },
        { statement: 'How best to communicate with and support them is explained', guidance: 'Practical advice a new adult could act on from day one.', weight: 1 },
      ],
    },
    {
      code: 'B',
      title: 'Special educational needs',
      guidance:
        'Every need is described specifically and up to date, across all four areas, consistent with the advice in section K. Section B describes needs only; provision belongs in F.',
      weight: 2,
      limiting: true,
      criteria: [
        { statement: 'Each need is described specifically, not in general terms', guidance: 'What the difficulty is and how it shows, e.g. reading age, attention span, triggers.', weight: 1 },
        { statement: 'Needs are up to date', guidance: 'Reflects the latest advice and the current annual review.', weight: 1 },
        { statement: 'All four areas are considered', guidance: 'Communication and interaction; cognition and learning; social, emotional and mental health; sensory and/or physical.', weight: 1 },
        { statement: 'Needs are consistent with the advice in section K', guidance: 'Nothing in the advice is lost or contradicted.', weight: 1 },
        { statement: 'No provision is written in section B', guidance: 'Provision belongs in F, G or H.', weight: 1 },
      ],
    },
    {
      code: 'C',
      title: 'Health needs related to the SEN',
      guidance: 'Health needs are described and linked to the health advice, or the plan says explicitly that there are none.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Health needs are described', guidance: 'Diagnoses and how they affect learning and daily life.', weight: 1 },
        { statement: 'Health needs are linked to the health advice', guidance: 'Each need traceable to advice in K.', weight: 1 },
        { statement: 'Where there are none, the plan says "no health needs" explicitly', guidance: 'An empty section is not the same as no needs.', weight: 1 },
      ],
    },
    {
      code: 'D',
      title: 'Social care needs related to the SEN or disability',
      guidance: 'Social care needs are described and linked to the social care advice, or the plan says explicitly that there are none.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Social care needs are described', guidance: 'Including short breaks, care at home and support for the family.', weight: 1 },
        { statement: 'Social care needs are linked to the social care advice', guidance: 'Each need traceable to advice in K.', weight: 1 },
        { statement: 'Where there are none, the plan says "no social care needs" explicitly', guidance: 'An empty section is not the same as no needs.', weight: 1 },
      ],
    },
    {
      code: 'E',
      title: 'Outcomes sought, including preparing for adulthood',
      guidance:
        'Outcomes are SMART, follow from the views in A and the needs in B, and are broken into short-term steps; from Year 9 they include preparing-for-adulthood outcomes.',
      weight: 2,
      limiting: true,
      criteria: [
        { statement: 'Outcomes are specific, measurable, achievable, relevant and time-bound', guidance: 'Someone else could tell whether each has been achieved, and by when.', weight: 2 },
        { statement: 'Outcomes follow from the views in A and the needs in B', guidance: 'The golden thread: each outcome answers a need or an aspiration.', weight: 1 },
        { statement: 'Short-term steps lead to each outcome', guidance: 'Steps for the coming year, reviewed at the annual review.', weight: 1 },
        {
          statement: 'Preparing-for-adulthood outcomes are included',
          guidance: 'Employment, independent living, community participation and health.',
          weight: 1,
          fromYear: 9,
        },
      ],
    },
    {
      code: 'F',
      title: 'Special educational provision',
      guidance: `Every need in B has provision, specified and quantified: what, who delivers it, how often, for how long, with what staff ratio or expertise, linked to the outcomes in E. No vague words such as ${VAGUE_WORDS}.`,
      weight: 2,
      limiting: true,
      criteria: [
        { statement: 'Each need in B has provision', guidance: 'No need left without provision.', weight: 1 },
        { statement: 'Provision is specified and quantified', guidance: 'What, who delivers it, how often, for how long, staff ratio or expertise.', weight: 2 },
        { statement: `No vague wording (${VAGUE_WORDS})`, guidance: 'Vague words make provision unenforceable.', weight: 1 },
        { statement: 'Provision is linked to the outcomes in E', guidance: 'It is clear which provision serves which outcome.', weight: 1 },
      ],
    },
    {
      code: 'G',
      title: 'Health provision reasonably required',
      guidance: 'Each health need in C has provision, specified and quantified, and linked to the outcomes; provision that educates or trains is in F.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Each health need in C has provision', guidance: 'Or the plan states none is required.', weight: 1 },
        { statement: 'Health provision is specified and quantified', guidance: 'Type, frequency, duration, who delivers, training for staff.', weight: 1 },
        { statement: 'Health provision is linked to the outcomes in E', guidance: 'It is clear which outcome it serves.', weight: 1 },
      ],
    },
    {
      code: 'H1',
      title: 'Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
      guidance: 'Each relevant need has provision, specified and quantified, or the plan states there is none.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Provision under section 2 is specified and quantified, or stated as none', guidance: 'What, how often, who provides it.', weight: 1 },
      ],
    },
    {
      code: 'H2',
      title: 'Other social care provision',
      guidance: 'Each social care need in D has provision, specified and quantified, or the plan states there is none.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Each social care need in D has provision, specified and quantified', guidance: 'Or the plan states none is required.', weight: 1 },
        { statement: 'Social care provision is linked to the outcomes in E', guidance: 'It is clear which outcome it serves.', weight: 1 },
      ],
    },
    {
      code: 'I',
      title: 'The school or other institution named',
      guidance: 'A final plan names the setting and its type.',
      weight: 0.5,
      limiting: false,
      criteria: [{ statement: 'The setting is named with its type', guidance: 'Required in a final plan; a draft leaves it blank.', weight: 1 }],
    },
    {
      code: 'J',
      title: 'Personal budget',
      guidance: 'Any personal budget is described, with the provision it secures, or the plan says why there is none.',
      weight: 0.5,
      limiting: false,
      criteria: [{ statement: 'The personal budget is described, or why there is none', guidance: 'Amount, what it pays for, how it is managed.', weight: 1 }],
    },
    {
      code: 'K',
      title: 'Advice and information gathered during the assessment',
      guidance: 'All required advice is listed, dated and attached: parent, educational, medical and health, psychological, social care, and any other.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'All required advice is listed', guidance: 'Parent, educational, medical/health, psychological, social care, any other.', weight: 1 },
        { statement: 'Each piece of advice is dated', guidance: 'So that its currency can be judged.', weight: 1 },
        { statement: 'The advice is attached', guidance: 'Appended to the plan, not only referred to.', weight: 1 },
      ],
    },
    {
      code: 'PLAN',
      title: 'The whole plan',
      guidance: 'Written for the family in plain language; the golden thread from needs to outcomes to provision holds; issued or reviewed within the statutory timescales.',
      weight: 1,
      limiting: false,
      criteria: [
        { statement: 'Written for the family in plain language', guidance: 'Jargon avoided or explained; the child recognisable.', weight: 1 },
        { statement: 'The golden thread holds from needs to outcomes to provision', guidance: 'B, E and F (and C/G, D/H) line up.', weight: 2 },
        { statement: 'Issued or reviewed within the timescales', guidance: 'Final plan within 20 weeks of the request; annual review at least every 12 months.', weight: 1 },
      ],
    },
  ],
};
