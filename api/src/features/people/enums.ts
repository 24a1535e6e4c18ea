import { registerEnumType } from 'type-graphql';

export enum TeamKind {
  CASEWORK = 'CASEWORK',
  HEALTH = 'HEALTH',
  SOCIAL_CARE = 'SOCIAL_CARE',
  EDUCATIONAL_PSYCHOLOGY = 'EDUCATIONAL_PSYCHOLOGY',
  EDUCATION = 'EDUCATION',
  OTHER = 'OTHER',
}
registerEnumType(TeamKind, {
  name: 'TeamKind',
  valuesConfig: {
    CASEWORK: { description: 'SEND casework team that coordinates assessments and plans' },
    HEALTH: { description: 'Health service, e.g. speech and language therapy, CAMHS, community paediatrics' },
    SOCIAL_CARE: { description: "Children's social care team" },
    EDUCATIONAL_PSYCHOLOGY: { description: 'Educational psychology service' },
    EDUCATION: { description: "Education advice: the child's school, college or early-years setting, or the authority's education service" },
    OTHER: { description: 'Any other service' },
  },
});

export enum SettingType {
  MAINSTREAM = 'MAINSTREAM',
  RESOURCED_PROVISION = 'RESOURCED_PROVISION',
  SPECIAL = 'SPECIAL',
  INDEPENDENT_SPECIAL = 'INDEPENDENT_SPECIAL',
  NON_MAINTAINED_SPECIAL = 'NON_MAINTAINED_SPECIAL',
  ALTERNATIVE_PROVISION = 'ALTERNATIVE_PROVISION',
  FURTHER_EDUCATION = 'FURTHER_EDUCATION',
  EARLY_YEARS = 'EARLY_YEARS',
  INDEPENDENT_SPECIALIST_COLLEGE = 'INDEPENDENT_SPECIALIST_COLLEGE',
  RESIDENTIAL = 'RESIDENTIAL',
}
registerEnumType(SettingType, {
  name: 'SettingType',
  valuesConfig: {
    MAINSTREAM: { description: 'Mainstream school' },
    RESOURCED_PROVISION: { description: 'Mainstream school with a resourced provision or enhanced resource base' },
    SPECIAL: { description: 'Maintained or academy special school' },
    INDEPENDENT_SPECIAL: { description: 'Independent special school' },
    NON_MAINTAINED_SPECIAL: { description: 'Non-maintained special school' },
    ALTERNATIVE_PROVISION: { description: 'Alternative provision' },
    FURTHER_EDUCATION: { description: 'Further-education college, general or independent specialist' },
    EARLY_YEARS: { description: 'Early-years setting' },
    INDEPENDENT_SPECIALIST_COLLEGE: { description: 'Independent specialist further-education college' },
    RESIDENTIAL: { description: "Residential provider: a residential special school or children's home registered with Ofsted" },
  },
});

export enum Phase {
  EARLY_YEARS = 'EARLY_YEARS',
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
  ALL_THROUGH = 'ALL_THROUGH',
  POST_16 = 'POST_16',
  POST_19 = 'POST_19',
}
registerEnumType(Phase, { name: 'Phase', description: 'Phase of education a setting serves' });

export enum OfstedRating {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  REQUIRES_IMPROVEMENT = 'REQUIRES_IMPROVEMENT',
  INADEQUATE = 'INADEQUATE',
  NOT_YET_INSPECTED = 'NOT_YET_INSPECTED',
}
registerEnumType(OfstedRating, { name: 'OfstedRating', description: 'Ofsted overall effectiveness' });

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Sex, { name: 'Sex', description: 'As recorded in the school census' });

/** SEN2 primary-need codes. */
export enum PrimaryNeed {
  ASD = 'ASD',
  SEMH = 'SEMH',
  SLCN = 'SLCN',
  MLD = 'MLD',
  SLD = 'SLD',
  PMLD = 'PMLD',
  SPLD = 'SPLD',
  HI = 'HI',
  VI = 'VI',
  MSI = 'MSI',
  PD = 'PD',
  OTH = 'OTH',
  NSA = 'NSA',
}
registerEnumType(PrimaryNeed, {
  name: 'PrimaryNeed',
  description: 'Primary type of need, as SEN2 codes it',
  valuesConfig: {
    ASD: { description: 'Autistic spectrum disorder' },
    SEMH: { description: 'Social, emotional and mental health' },
    SLCN: { description: 'Speech, language and communication needs' },
    MLD: { description: 'Moderate learning difficulty' },
    SLD: { description: 'Severe learning difficulty' },
    PMLD: { description: 'Profound and multiple learning difficulty' },
    SPLD: { description: 'Specific learning difficulty' },
    HI: { description: 'Hearing impairment' },
    VI: { description: 'Vision impairment' },
    MSI: { description: 'Multi-sensory impairment' },
    PD: { description: 'Physical disability' },
    OTH: { description: 'Other difficulty or disability' },
    NSA: { description: 'SEN support but no specialist assessment of type of need' },
  },
});

export enum PlanStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
  CEASED = 'CEASED',
}
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  valuesConfig: {
    DRAFT: { description: 'Draft plan sent to the family for comment' },
    FINAL: { description: 'Final plan issued and maintained' },
    CEASED: { description: 'The council has ceased to maintain the plan' },
  },
});
