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

/** Record types that appear in the change history, by GraphQL type name. */
export const entityNameChoices: Choice[] = [
  { id: 'Plan', name: 'Plan' },
  { id: 'Child', name: 'Child' },
  { id: 'Setting', name: 'Setting' },
  { id: 'Team', name: 'Team' },
  { id: 'LocalAuthority', name: 'Local authority' },
  { id: 'User', name: 'User' },
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
