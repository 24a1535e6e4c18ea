/**
 * The shape of the synthetic population. Shares follow national SEN2 / school-census
 * figures closely enough for dashboards to look plausible; they are not statistics.
 */
import type { Weighted } from './random.js';
import type { OfstedRating, PlanStatus, PrimaryNeed, SettingType } from './types.js';

/** Stages of education, decided by academic age (age on 31 August), as schools group pupils. */
export type AgeBand = 'EARLY_YEARS' | 'PRIMARY' | 'SECONDARY' | 'POST_16' | 'POST_19';
export const AGE_BANDS: readonly AgeBand[] = ['EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'POST_16', 'POST_19'];

export function ageBandOf(academicAge: number): AgeBand {
  if (academicAge < 4) return 'EARLY_YEARS';
  if (academicAge < 11) return 'PRIMARY';
  if (academicAge < 16) return 'SECONDARY';
  if (academicAge < 19) return 'POST_16';
  return 'POST_19';
}

/**
 * Tuned so that ages today come out near under-5 5%, 5–10 35%, 11–15 40%, 16–18 15%, 19–25 5%:
 * most Reception children (academic age 4) are still under 5, so they count towards the first share.
 */
export const PLAN_AGE_BANDS: Weighted<AgeBand> = [
  ['EARLY_YEARS', 3],
  ['PRIMARY', 37.5],
  ['SECONDARY', 40],
  ['POST_16', 15],
  ['POST_19', 4.5],
];

/** SEN support is recorded by schools, so it is almost entirely school age. */
export const SEN_SUPPORT_AGE_BANDS: Weighted<AgeBand> = [
  ['EARLY_YEARS', 3],
  ['PRIMARY', 52],
  ['SECONDARY', 45],
];

/**
 * Academic ages within each band: plans are rare for babies, many are only finalised during
 * Reception, and they thin out after 19 as young people leave education.
 */
export const ACADEMIC_AGES: Readonly<Record<AgeBand, Weighted<number>>> = {
  EARLY_YEARS: [[0, 0.5], [1, 1.5], [2, 3], [3, 6]],
  PRIMARY: [[4, 0.5], [5, 1], [6, 1], [7, 1], [8, 1], [9, 1], [10, 1]],
  SECONDARY: [[11, 1], [12, 1], [13, 1], [14, 1], [15, 1]],
  POST_16: [[16, 1.2], [17, 1], [18, 0.8]],
  POST_19: [[19, 30], [20, 25], [21, 18], [22, 12], [23, 9], [24, 6]],
};

/** Never NSA, the school census's code for SEN support with no specialist assessment: the API refuses it for a plan holder. */
export const PLAN_PRIMARY_NEEDS: Weighted<PrimaryNeed> = [
  ['ASD', 33], ['SEMH', 17], ['SLCN', 15], ['MLD', 9], ['SLD', 6], ['OTH', 6],
  ['PD', 4], ['SPLD', 4], ['PMLD', 2], ['HI', 2], ['VI', 1], ['MSI', 0.5],
];

export const SEN_SUPPORT_PRIMARY_NEEDS: Weighted<PrimaryNeed> = [
  ['SLCN', 24], ['SEMH', 21], ['SPLD', 14.5], ['MLD', 13.5], ['ASD', 9], ['NSA', 5], ['OTH', 4],
  ['PD', 2.5], ['HI', 1.5], ['VI', 0.9], ['SLD', 0.5], ['MSI', 0.3], ['PMLD', 0.1],
];

/** Chance of complex health needs by primary need; gives about 6% across plan holders. */
export const COMPLEX_HEALTH_CHANCE: Readonly<Record<PrimaryNeed, number>> = {
  PMLD: 0.6, SLD: 0.2, PD: 0.25, MSI: 0.2, HI: 0.05, VI: 0.05,
  ASD: 0.025, SEMH: 0.025, SLCN: 0.025, MLD: 0.025, SPLD: 0.01, OTH: 0.04, NSA: 0.01,
};

export const MALE_SHARE = { plan: 0.72, senSupport: 0.64 } as const;
export const LOOKED_AFTER_SHARE = 0.05;

/** Extra children at SEN support, as a share of plan holders. */
export const SEN_SUPPORT_SHARE = 0.15;

export const PLAN_STATUSES: Weighted<PlanStatus> = [['FINAL', 92], ['DRAFT', 4], ['CEASED', 4]];

/** Days before asOf for a request: mostly 1–8 years ago, some in the last year, a tail of long-standing plans. */
export const REQUEST_AGE_DAYS: Weighted<readonly [number, number]> = [
  [[0, 364], 10],
  [[365, 8 * 365], 78],
  [[8 * 365 + 1, 16 * 365], 12],
];

/** Weeks from request to final plan: ~50% within the 20-week limit, ~40% 20–40 weeks, ~10% longer. */
export const ISSUE_DELAY_DAYS: Weighted<readonly [number, number]> = [
  [[8 * 7, 20 * 7], 50],
  [[20 * 7 + 1, 40 * 7], 40],
  [[40 * 7 + 1, 78 * 7], 10],
];

/** A draft still in progress was requested recently; beyond this it would long since have been finalised. */
export const DRAFT_MAX_AGE_DAYS = 40 * 7;

/**
 * Share of reviewed final plans whose last review is within 12 months; the rest are up to 200 days
 * overdue, the spread of lateness the statutory timeline's earlier reviews have, so the backlog does not
 * jump in the last few weeks of the history.
 */
export const REVIEW_ON_TIME_SHARE = 0.88;
export const REVIEW_OVERDUE_MAX_DAYS = 365 + 200;
/** Reviews come at least six months after issue (the under-fives' cadence), never straight after it. */
export const REVIEW_MIN_GAP_DAYS = 183;

/** Share of plans without a named setting (awaiting placement, electively home educated). */
export const NO_SETTING_SHARE = 0.02;
/** Share of placements in the neighbouring authority's settings (out of area). */
export const OUT_OF_AREA_SHARE = 0.1;

/**
 * Placement type by age band, tuned so that plan holders overall come out near
 * mainstream 40%, resourced 6%, special 35%, independent 7%, non-maintained 1%, AP 2%, FE 8%, early years 1%.
 */
export const PLACEMENT_TYPES: Readonly<Record<AgeBand, Weighted<SettingType>>> = {
  EARLY_YEARS: [['EARLY_YEARS', 35], ['MAINSTREAM', 30], ['SPECIAL', 35]],
  PRIMARY: [
    ['MAINSTREAM', 51.5], ['RESOURCED_PROVISION', 8], ['SPECIAL', 37], ['INDEPENDENT_SPECIAL', 3],
    ['NON_MAINTAINED_SPECIAL', 0.5],
  ],
  SECONDARY: [
    ['MAINSTREAM', 43], ['RESOURCED_PROVISION', 7], ['SPECIAL', 35], ['INDEPENDENT_SPECIAL', 9],
    ['NON_MAINTAINED_SPECIAL', 1], ['ALTERNATIVE_PROVISION', 5],
  ],
  POST_16: [
    ['MAINSTREAM', 20], ['SPECIAL', 37], ['INDEPENDENT_SPECIAL', 10], ['NON_MAINTAINED_SPECIAL', 2],
    ['FURTHER_EDUCATION', 31],
  ],
  POST_19: [['FURTHER_EDUCATION', 80], ['INDEPENDENT_SPECIAL', 20]],
};

/** Ofsted shares; the rare outcomes get a floor of one so even the small test scale exercises them. */
export const OFSTED_SHARES: readonly { rating: OfstedRating; share: number; atLeastOne: boolean }[] = [
  { rating: 'OUTSTANDING', share: 0.18, atLeastOne: false },
  { rating: 'REQUIRES_IMPROVEMENT', share: 0.13, atLeastOne: false },
  { rating: 'INADEQUATE', share: 0.02, atLeastOne: true },
  { rating: 'NOT_YET_INSPECTED', share: 0.025, atLeastOne: true },
];
