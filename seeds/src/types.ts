/** The records the generator produces. They mirror the product's domain tables so seeds can be loaded without mapping. */
import type { Timeline } from './statutory-timeline.js';

export type Scale = 'demo' | 'test';

export interface GenerateOptions {
  seed: number;
  scale: Scale;
  /** 'YYYY-MM-DD': the "today" the data is generated for, so output never depends on the clock. */
  asOf: string;
}

export type TeamKind = 'CASEWORK' | 'HEALTH' | 'SOCIAL_CARE' | 'EDUCATIONAL_PSYCHOLOGY' | 'OTHER';

export type SettingType =
  | 'MAINSTREAM'
  | 'RESOURCED_PROVISION'
  | 'SPECIAL'
  | 'INDEPENDENT_SPECIAL'
  | 'NON_MAINTAINED_SPECIAL'
  | 'ALTERNATIVE_PROVISION'
  | 'FURTHER_EDUCATION'
  | 'EARLY_YEARS'
  | 'INDEPENDENT_SPECIALIST_COLLEGE'
  | 'RESIDENTIAL';

export type SettingPhase = 'EARLY_YEARS' | 'PRIMARY' | 'SECONDARY' | 'ALL_THROUGH' | 'POST_16' | 'POST_19';

export type OfstedRating = 'OUTSTANDING' | 'GOOD' | 'REQUIRES_IMPROVEMENT' | 'INADEQUATE' | 'NOT_YET_INSPECTED';

export type Sex = 'FEMALE' | 'MALE';

/** SEN2 primary-need codes. */
export type PrimaryNeed =
  | 'ASD' | 'SEMH' | 'SLCN' | 'MLD' | 'SLD' | 'PMLD' | 'SPLD' | 'HI' | 'VI' | 'MSI' | 'PD' | 'OTH' | 'NSA';

export type PlanStatus = 'DRAFT' | 'FINAL' | 'CEASED';

export interface LocalAuthority {
  id: string;
  code: string;
  name: string;
}

export interface Team {
  id: string;
  localAuthorityId: string;
  name: string;
  kind: TeamKind;
}

export interface Setting {
  id: string;
  localAuthorityId: string;
  urn: string;
  name: string;
  type: SettingType;
  phase: SettingPhase;
  ofstedRating: OfstedRating;
}

export interface Child {
  id: string;
  localAuthorityId: string;
  caseReference: string;
  dateOfBirth: string;
  sex: Sex;
  primaryNeed: PrimaryNeed;
  complexHealthNeeds: boolean;
  lookedAfter: boolean;
}

export interface Plan {
  id: string;
  localAuthorityId: string;
  childId: string;
  status: PlanStatus;
  requestDate: string;
  issueDate: string | null;
  lastAnnualReviewDate: string | null;
  settingId: string | null;
  teamId: string | null;
}

export interface SyntheticData extends Timeline {
  localAuthorities: LocalAuthority[];
  teams: Team[];
  settings: Setting[];
  children: Child[];
  plans: Plan[];
}
