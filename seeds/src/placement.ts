/** Who holds a plan and where the child is educated: the links from a plan to a team and a setting. */
import { AGE_BANDS, NO_SETTING_SHARE, OUT_OF_AREA_SHARE, PLACEMENT_TYPES } from './distributions.js';
import type { AgeBand } from './distributions.js';
import type { CaseworkTeams } from './organisations.js';
import type { Random } from './random.js';
import type { Setting, SettingType, Team } from './types.js';

/** Chooses a setting whose phase fits the child's stage, mostly in the child's own authority. */
export class SettingPlacer {
  private readonly candidates = new Map<string, Setting[]>();

  constructor(
    settings: readonly Setting[],
    private readonly authorityIds: readonly string[],
  ) {
    for (const setting of settings) {
      for (const band of AGE_BANDS.filter((b) => servesBand(setting, b))) {
        this.add(key(setting.localAuthorityId, band, setting.type), setting);
        this.add(key(setting.localAuthorityId, band), setting);
      }
    }
  }

  place(random: Random, homeAuthorityId: string, band: AgeBand): Setting | null {
    if (random.chance(NO_SETTING_SHARE)) return null;
    const others = this.authorityIds.filter((id) => id !== homeAuthorityId);
    const away = others.length > 0 && random.chance(OUT_OF_AREA_SHARE) ? random.pick(others) : null;
    const type = random.weighted(PLACEMENT_TYPES[band]);
    // A small scale lacks some types; keep the child's stage right and let the type give way first.
    const preferences = [
      key(away ?? homeAuthorityId, band, type),
      key(homeAuthorityId, band, type),
      ...others.map((id) => key(id, band, type)),
      key(homeAuthorityId, band),
      ...others.map((id) => key(id, band)),
    ];
    for (const preference of preferences) {
      const found = this.candidates.get(preference);
      if (found !== undefined) return random.pick(found);
    }
    return null;
  }

  private add(candidateKey: string, setting: Setting): void {
    const list = this.candidates.get(candidateKey);
    if (list === undefined) this.candidates.set(candidateKey, [setting]);
    else list.push(setting);
  }
}

/** Age-specific teams take their stage where the authority has one; area teams take the rest. */
export function caseworkTeamFor(random: Random, teams: CaseworkTeams, band: AgeBand): Team {
  const specialist =
    band === 'EARLY_YEARS' ? teams.EARLY_YEARS : band === 'POST_16' || band === 'POST_19' ? teams.POST_16 : [];
  return random.pick(specialist.length > 0 ? specialist : teams.AREA);
}

function key(authorityId: string, band: AgeBand, type?: SettingType): string {
  return `${authorityId}|${band}|${type ?? '*'}`;
}

function servesBand(setting: Setting, band: AgeBand): boolean {
  switch (setting.phase) {
    case 'EARLY_YEARS':
      return band === 'EARLY_YEARS';
    case 'PRIMARY':
      return band === 'PRIMARY' || (band === 'EARLY_YEARS' && hasNursery(setting));
    case 'SECONDARY':
      // Secondary schools here have sixth forms; alternative provision stops at 16.
      return band === 'SECONDARY' || (band === 'POST_16' && setting.type !== 'ALTERNATIVE_PROVISION');
    case 'ALL_THROUGH':
      return band === 'PRIMARY' || band === 'SECONDARY' || band === 'POST_16' ||
        (band === 'EARLY_YEARS' && hasNursery(setting));
    case 'POST_16':
      // Further-education colleges teach young people with plans up to 25.
      return band === 'POST_16' || band === 'POST_19';
    case 'POST_19':
      return band === 'POST_19';
  }
}

/** Nursery classes in mainstream primaries and special schools take pre-school children with plans. */
function hasNursery(setting: Setting): boolean {
  return setting.type === 'MAINSTREAM' || setting.type === 'SPECIAL';
}
