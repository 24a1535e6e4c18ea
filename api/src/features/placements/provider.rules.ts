import { Role } from '../../core/auth/roles.js';
import { OfstedRating, SettingType, type Setting } from '../people/index.js';
import { addMonths } from '../../core/dates.js';

/**
 * The settings an independent or non-maintained placement is at: what INDEPENDENT_PLACEMENTS counts. A
 * residential provider is not among them, since its type does not say whether it is maintained.
 */
export const INDEPENDENT_AND_NON_MAINTAINED: readonly SettingType[] = [
  SettingType.INDEPENDENT_SPECIAL,
  SettingType.NON_MAINTAINED_SPECIAL,
  SettingType.INDEPENDENT_SPECIALIST_COLLEGE,
];

/** Who manages providers, placements and visits; everyone else in the authority reads them. */
export const COMMISSIONERS: Role[] = [Role.ADMIN, Role.COMMISSIONER];

/** Where a setting is: its own recorded area, or else the area of the authority that keeps its record. */
export async function providerLocation(setting: Setting): Promise<{ areaAuthorityCode: string; areaAuthorityName: string }> {
  if (setting.areaAuthorityCode) return { areaAuthorityCode: setting.areaAuthorityCode, areaAuthorityName: setting.areaAuthorityName ?? setting.areaAuthorityCode };
  const owner = await setting.localAuthority.loadOrFail();
  return { areaAuthorityCode: owner.code, areaAuthorityName: owner.name };
}

/** A judgement older than the re-inspection window is out of date, and so is one whose date nobody recorded. */
export function isOfstedOutOfDate(setting: Pick<Setting, 'ofstedRating' | 'ofstedInspectionDate'>, windowMonths: number, onDate: string): boolean {
  if (setting.ofstedRating === OfstedRating.NOT_YET_INSPECTED) return false;
  return !setting.ofstedInspectionDate || addMonths(setting.ofstedInspectionDate, windowMonths) < onDate;
}
