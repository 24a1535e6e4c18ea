/**
 * Readable names for every enum in the API, in the domain's words.
 * One list per GraphQL enum; use these everywhere (fields, inputs, filters).
 */
export interface Choice {
  id: string;
  name: string;
}

export const primaryNeedChoices: Choice[] = [
  { id: 'ASD', name: 'ASD — Autism' },
  { id: 'SEMH', name: 'SEMH — Social, emotional and mental health' },
  { id: 'SLCN', name: 'SLCN — Speech, language and communication' },
  { id: 'MLD', name: 'MLD — Moderate learning difficulty' },
  { id: 'SLD', name: 'SLD — Severe learning difficulty' },
  { id: 'PMLD', name: 'PMLD — Profound and multiple learning difficulty' },
  { id: 'SPLD', name: 'SpLD — Specific learning difficulty' },
  { id: 'HI', name: 'HI — Hearing impairment' },
  { id: 'VI', name: 'VI — Vision impairment' },
  { id: 'MSI', name: 'MSI — Multi-sensory impairment' },
  { id: 'PD', name: 'PD — Physical disability' },
  { id: 'OTH', name: 'OTH — Other difficulty or disability' },
  { id: 'NSA', name: 'NSA — SEN support, no specialist assessment' },
];

export const planStatusChoices: Choice[] = [
  { id: 'DRAFT', name: 'Draft' },
  { id: 'FINAL', name: 'Final' },
  { id: 'CEASED', name: 'Ceased' },
];

export const settingTypeChoices: Choice[] = [
  { id: 'MAINSTREAM', name: 'Mainstream school' },
  { id: 'RESOURCED_PROVISION', name: 'Mainstream with resourced provision (ERB)' },
  { id: 'SPECIAL', name: 'Maintained or academy special school' },
  { id: 'INDEPENDENT_SPECIAL', name: 'Independent special school' },
  { id: 'NON_MAINTAINED_SPECIAL', name: 'Non-maintained special school' },
  { id: 'ALTERNATIVE_PROVISION', name: 'Alternative provision' },
  { id: 'FURTHER_EDUCATION', name: 'Further-education college' },
  { id: 'EARLY_YEARS', name: 'Early-years setting' },
  { id: 'INDEPENDENT_SPECIALIST_COLLEGE', name: 'Independent specialist college' },
  { id: 'RESIDENTIAL', name: 'Residential provider' },
];

export const phaseChoices: Choice[] = [
  { id: 'EARLY_YEARS', name: 'Early years' },
  { id: 'PRIMARY', name: 'Primary' },
  { id: 'SECONDARY', name: 'Secondary' },
  { id: 'ALL_THROUGH', name: 'All-through' },
  { id: 'POST_16', name: 'Post-16' },
  { id: 'POST_19', name: 'Post-19 (to 25)' },
];

export const ofstedRatingChoices: Choice[] = [
  { id: 'OUTSTANDING', name: 'Outstanding' },
  { id: 'GOOD', name: 'Good' },
  { id: 'REQUIRES_IMPROVEMENT', name: 'Requires improvement' },
  { id: 'INADEQUATE', name: 'Inadequate' },
  { id: 'NOT_YET_INSPECTED', name: 'Not yet inspected' },
];

export const teamKindChoices: Choice[] = [
  { id: 'CASEWORK', name: 'SEND casework team' },
  { id: 'EDUCATIONAL_PSYCHOLOGY', name: 'Educational psychology service' },
  { id: 'HEALTH', name: 'Health service' },
  { id: 'SOCIAL_CARE', name: "Children's social care" },
  { id: 'OTHER', name: 'Other service' },
];

export const roleChoices: Choice[] = [
  { id: 'ADMIN', name: 'Administrator' },
  { id: 'QA_OFFICER', name: 'QA officer' },
  { id: 'AUDITOR', name: 'Auditor' },
  { id: 'DCO', name: 'Designated Clinical Officer (DCO)' },
  { id: 'COMMISSIONER', name: 'Commissioner' },
  { id: 'VIEWER', name: 'Viewer' },
];

export const sexChoices: Choice[] = [
  { id: 'FEMALE', name: 'Female' },
  { id: 'MALE', name: 'Male' },
];

export const changeActionChoices: Choice[] = [
  { id: 'CREATE', name: 'Created' },
  { id: 'UPDATE', name: 'Updated' },
  { id: 'DELETE', name: 'Deleted' },
];

/** The readable name of an enum value, or the value itself if unknown. */
export function choiceName(choices: Choice[], id: unknown): string {
  if (id === null || id === undefined || id === '') return '';
  const found = choices.find((c) => c.id === String(id));
  return found ? found.name : String(id);
}

export function roleLabel(role: string): string {
  return choiceName(roleChoices, role);
}

export const timescaleExceptionChoices: Choice[] = [
  { id: 'SCHOOL_CLOSURE', name: 'School or college closed when advice was asked' },
  { id: 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', name: 'Exceptional personal circumstances' },
  { id: 'ABSENT_FROM_AREA', name: 'Child or parent away from the area for 4 weeks or more' },
  { id: 'MISSED_APPOINTMENT', name: 'Appointment for an assessment not kept' },
];

export const kpiUnitChoices: Choice[] = [
  { id: 'PERCENT', name: 'Per cent (0–100)' },
  { id: 'COUNT', name: 'Count' },
  { id: 'POUNDS', name: 'Pounds (£)' },
  { id: 'WEEKS', name: 'Weeks' },
];

export const kpiDirectionChoices: Choice[] = [
  { id: 'HIGHER_IS_BETTER', name: 'Higher is better' },
  { id: 'LOWER_IS_BETTER', name: 'Lower is better' },
];

export const kpiFrequencyChoices: Choice[] = [
  { id: 'MONTHLY', name: 'Monthly' },
  { id: 'QUARTERLY', name: 'Quarterly' },
  { id: 'TERMLY', name: 'Termly' },
];

export const kpiSourceChoices: Choice[] = [
  { id: 'COMPUTED', name: 'Computed from our records' },
  { id: 'MANUAL', name: 'Entered by hand, with evidence' },
];

export const kpiCalculationChoices: Choice[] = [
  { id: 'ASSESSMENTS_WITHIN_20_WEEKS', name: 'EHC needs assessments within 20 weeks' },
  { id: 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS', name: 'EHC needs assessments within 20 weeks, excluding exceptions' },
  { id: 'AUDITED_PLANS_GOOD_OR_OUTSTANDING', name: 'Audited plans good or outstanding' },
  { id: 'MODERATION_AGREEMENT', name: 'Moderation agreement' },
  { id: 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS', name: 'Annual review decisions within 4 weeks' },
  { id: 'HEALTH_ADVICE_ON_TIME', name: 'Health advice on time' },
  { id: 'HEALTH_ADVICE_GOOD_OR_BETTER', name: 'Health advice good or better' },
  { id: 'ANNUAL_HEALTH_CHECK_DISCUSSED', name: 'Annual health check discussed' },
  { id: 'PART_TIME_TIMETABLES', name: 'Part-time timetables' },
  { id: 'INDEPENDENT_PLACEMENTS', name: 'Independent placements' },
  { id: 'INDEPENDENT_PLACEMENTS_ANNUAL_COST', name: 'Independent placements: annual cost' },
];

export const bragChoices: Choice[] = [
  { id: 'BLUE', name: 'Blue — complete' },
  { id: 'GREEN', name: 'Green — on track' },
  { id: 'AMBER', name: 'Amber — behind schedule' },
  { id: 'RED', name: 'Red — not started or at risk' },
];

export const actionResourceChoices: Choice[] = [
  { id: 'ADDITIONAL', name: 'AR — additional resource required' },
  { id: 'EXISTING', name: 'ER — existing resource' },
];

export const reportAudienceChoices: Choice[] = [
  { id: 'PARTNERSHIP_GROUP', name: 'Partnership group (monthly)' },
  { id: 'EXECUTIVE_BOARD', name: 'Executive board (quarterly)' },
];

export const reportStatusChoices: Choice[] = [
  { id: 'DRAFT', name: 'Draft' },
  { id: 'PUBLISHED', name: 'Published' },
];

export const adviceOccasionChoices: Choice[] = [
  { id: 'ASSESSMENT', name: 'EHC needs assessment' },
  { id: 'ANNUAL_REVIEW', name: 'Annual review' },
];

export const rubricStatusChoices: Choice[] = [
  { id: 'DRAFT', name: 'Draft' },
  { id: 'PUBLISHED', name: 'Published' },
];

/** The rubric's default four-point grade scale; ids are the API's numbers as strings. */
export const gradeChoices: Choice[] = [
  { id: '4', name: 'Outstanding' },
  { id: '3', name: 'Good' },
  { id: '2', name: 'Requires improvement' },
  { id: '1', name: 'Inadequate' },
];

export function gradeName(grade: number | null | undefined): string {
  return grade === null || grade === undefined ? '' : choiceName(gradeChoices, grade);
}

export const judgementChoices: Choice[] = [
  { id: 'MET', name: 'Met' },
  { id: 'PARTLY_MET', name: 'Partly met' },
  { id: 'NOT_MET', name: 'Not met' },
  { id: 'NOT_APPLICABLE', name: 'Not applicable' },
];

export const auditStatusChoices: Choice[] = [
  { id: 'UNASSIGNED', name: 'Waiting for an auditor' },
  { id: 'ASSIGNED', name: 'Assigned' },
  { id: 'IN_PROGRESS', name: 'In progress' },
  { id: 'RETURNED', name: 'Returned to auditor' },
  { id: 'SUBMITTED', name: 'Submitted' },
  { id: 'MODERATED', name: 'Moderated' },
  { id: 'FINAL', name: 'Final' },
];

export const auditLensChoices: Choice[] = [
  { id: 'EDUCATION', name: 'Education' },
  { id: 'HEALTH', name: 'Health' },
  { id: 'SOCIAL_CARE', name: 'Social care' },
];

export const termChoices: Choice[] = [
  { id: 'AUTUMN', name: 'Autumn' },
  { id: 'SPRING', name: 'Spring' },
  { id: 'SUMMER', name: 'Summer' },
];

export const cycleKindChoices: Choice[] = [
  { id: 'EHCP_AUDIT', name: 'Termly EHCP audit' },
  { id: 'HEALTH_DEEP_DIVE', name: 'Health deep dive' },
];

export const stratumChoices: Choice[] = [
  { id: 'TEAM', name: 'Casework team' },
  { id: 'PHASE', name: 'Phase' },
  { id: 'PRIMARY_NEED', name: 'Primary need' },
];

export const rubricPurposeChoices: Choice[] = [
  { id: 'EHCP_AUDIT', name: 'Termly EHCP audits' },
  { id: 'HEALTH_ADVICE', name: "The DCO's review of health advice" },
  { id: 'HEALTH_DEEP_DIVE', name: 'Health deep dives' },
  { id: 'AGENCY_ADVICE', name: "Review of other agencies' advice" },
];

/** How a cycle's unassigned audits are shared out (the API's AssignmentStrategy), with what each does. */
export const assignmentStrategyChoices: (Choice & { explained: string })[] = [
  { id: 'BY_TEAM', name: 'By casework team', explained: "Each team's audits go together to one auditor, the largest team first, to whoever then has the fewest open audits" },
  { id: 'BY_LOAD', name: 'By current load', explained: 'Each audit goes to whoever then has the fewest open audits (assigned, in progress or returned)' },
  { id: 'ROUND_ROBIN', name: 'Round robin', explained: 'One each in turn, in case-reference order, in the order the auditors are ticked' },
];

export const derivationChoices: Choice[] = [
  { id: 'AUDITOR_JUDGEMENT', name: "Auditor's judgement, guided by the default rule (B, E, F limiting)" },
  { id: 'CRITERIA_SCORE', name: 'Computed from weighted criteria and score thresholds' },
];

export const actionStatusChoices: Choice[] = [
  { id: 'OPEN', name: 'Open' },
  { id: 'DONE', name: 'Done' },
  { id: 'CANCELLED', name: 'Cancelled' },
];

export const trendBreakdownChoices: Choice[] = [
  { id: 'TEAM', name: 'Casework team' },
  { id: 'PRIMARY_NEED', name: 'Primary need' },
  { id: 'PHASE', name: 'Phase' },
  { id: 'SETTING_TYPE', name: 'Setting type' },
];
