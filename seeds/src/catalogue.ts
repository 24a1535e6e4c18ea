/**
 * The fixed organisational shape of the two synthetic authorities, modelled on the
 * Cambridgeshire and Peterborough joint area. Everything invented carries "(synthetic)".
 */
import type { Scale, SettingPhase, SettingType, TeamKind } from './types.js';

/** Which plans a casework team holds; area teams take whatever the age-specific teams do not. */
export type CaseworkRemit = 'AREA' | 'EARLY_YEARS' | 'POST_16';

export interface SettingMixEntry {
  type: SettingType;
  phase: SettingPhase;
  count: Readonly<Record<Scale, number>>;
}

export interface AuthoritySpec {
  code: string;
  name: string;
  /** Prefix of case references, e.g. CAM-000123. */
  casePrefix: string;
  planCount: Readonly<Record<Scale, number>>;
  caseworkTeams: readonly { name: string; remit: CaseworkRemit }[];
  settingMix: readonly SettingMixEntry[];
}

const mix = (type: SettingType, phase: SettingPhase, demo: number, test: number): SettingMixEntry => ({
  type,
  phase,
  count: { demo, test },
});

/** The test scale keeps at least one setting of every type so small fixtures still exercise each one. */
export const AUTHORITIES: readonly AuthoritySpec[] = [
  {
    code: '873',
    name: 'Cambridgeshire',
    casePrefix: 'CAM',
    planCount: { demo: 8000, test: 300 },
    caseworkTeams: [
      { name: 'SEND Casework North', remit: 'AREA' },
      { name: 'SEND Casework South', remit: 'AREA' },
      { name: 'SEND Casework City', remit: 'AREA' },
      { name: 'Early Years SEND', remit: 'EARLY_YEARS' },
      { name: 'Post-16 SEND', remit: 'POST_16' },
    ],
    settingMix: [
      mix('MAINSTREAM', 'PRIMARY', 31, 4),
      mix('MAINSTREAM', 'SECONDARY', 15, 3),
      mix('MAINSTREAM', 'ALL_THROUGH', 1, 0),
      mix('RESOURCED_PROVISION', 'PRIMARY', 2, 1),
      mix('RESOURCED_PROVISION', 'SECONDARY', 2, 0),
      mix('SPECIAL', 'PRIMARY', 1, 0),
      mix('SPECIAL', 'SECONDARY', 1, 0),
      mix('SPECIAL', 'ALL_THROUGH', 4, 2),
      mix('INDEPENDENT_SPECIAL', 'ALL_THROUGH', 2, 0),
      mix('INDEPENDENT_SPECIAL', 'SECONDARY', 2, 1),
      mix('INDEPENDENT_SPECIAL', 'POST_19', 1, 0),
      mix('NON_MAINTAINED_SPECIAL', 'ALL_THROUGH', 1, 1),
      mix('ALTERNATIVE_PROVISION', 'SECONDARY', 1, 0),
      mix('FURTHER_EDUCATION', 'POST_16', 3, 1),
      mix('EARLY_YEARS', 'EARLY_YEARS', 3, 1),
    ],
  },
  {
    code: '874',
    name: 'Peterborough',
    casePrefix: 'PET',
    planCount: { demo: 2500, test: 100 },
    caseworkTeams: [
      { name: 'SEND Casework East', remit: 'AREA' },
      { name: 'SEND Casework West', remit: 'AREA' },
      { name: 'Post-16 SEND', remit: 'POST_16' },
    ],
    settingMix: [
      mix('MAINSTREAM', 'PRIMARY', 7, 2),
      mix('MAINSTREAM', 'SECONDARY', 4, 1),
      mix('RESOURCED_PROVISION', 'PRIMARY', 1, 0),
      mix('RESOURCED_PROVISION', 'SECONDARY', 1, 0),
      mix('SPECIAL', 'SECONDARY', 1, 0),
      mix('SPECIAL', 'ALL_THROUGH', 1, 1),
      mix('INDEPENDENT_SPECIAL', 'SECONDARY', 1, 0),
      mix('NON_MAINTAINED_SPECIAL', 'ALL_THROUGH', 1, 0),
      mix('ALTERNATIVE_PROVISION', 'SECONDARY', 1, 1),
      mix('FURTHER_EDUCATION', 'POST_16', 1, 0),
      mix('EARLY_YEARS', 'EARLY_YEARS', 1, 1),
    ],
  },
];

/** Services every authority has one of, besides its casework teams. */
export const SERVICE_TEAMS: readonly { name: string; kind: TeamKind }[] = [
  { name: 'Speech and Language Therapy', kind: 'HEALTH' },
  { name: 'Occupational Therapy', kind: 'HEALTH' },
  { name: 'Physiotherapy', kind: 'HEALTH' },
  { name: 'Community Paediatrics', kind: 'HEALTH' },
  { name: 'CAMHS', kind: 'HEALTH' },
  { name: 'School Nursing', kind: 'HEALTH' },
  { name: 'Children with Disabilities Social Care', kind: 'SOCIAL_CARE' },
  { name: 'Educational Psychology Service', kind: 'EDUCATIONAL_PSYCHOLOGY' },
];

/** Invented place names are built from these halves (e.g. "Heronmere"), giving far more combinations than settings. */
export const PLACE_STARTS: readonly string[] = [
  'Alder', 'Ash', 'Beck', 'Birch', 'Bramble', 'Clover', 'Dunnock', 'Elder', 'Fen', 'Fern', 'Hazel', 'Heron',
  'Kestrel', 'Lark', 'Linnet', 'Marsh', 'Mill', 'Orchard', 'Osier', 'Plover', 'Reed', 'Rush', 'Sedge', 'Teal',
  'Thistle', 'Willow', 'Wren', 'Yarrow',
];
export const PLACE_ENDS: readonly string[] = [
  'bank', 'brook', 'combe', 'dale', 'field', 'ford', 'gate', 'holme', 'hurst', 'lea', 'mere', 'stead', 'well',
  'wick',
];

/** How a setting of each type and phase is named, after its place name. */
export function settingNameSuffix(type: SettingType, phase: SettingPhase): string {
  switch (type) {
    case 'MAINSTREAM':
      return mainstreamSuffix(phase);
    case 'RESOURCED_PROVISION':
      return `${mainstreamSuffix(phase)} Enhanced Resource Base`;
    case 'SPECIAL':
      return 'Special School';
    case 'INDEPENDENT_SPECIAL':
      return phase === 'POST_19' ? 'Specialist College' : 'Independent School';
    case 'NON_MAINTAINED_SPECIAL':
      return 'Sensory Support School';
    case 'ALTERNATIVE_PROVISION':
      return 'Learning Centre';
    case 'FURTHER_EDUCATION':
      return 'College';
    case 'EARLY_YEARS':
      return 'Nursery';
    case 'INDEPENDENT_SPECIALIST_COLLEGE':
      return 'Specialist College';
    case 'RESIDENTIAL':
      return 'Residential School';
  }
}

function mainstreamSuffix(phase: SettingPhase): string {
  if (phase === 'PRIMARY') return 'Primary School';
  if (phase === 'SECONDARY') return 'Village College';
  return 'Academy';
}
