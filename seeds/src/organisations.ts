/** Authorities, their teams and their settings: the fixed frame the children and plans are placed into. */
import { AUTHORITIES, PLACE_ENDS, PLACE_STARTS, SERVICE_TEAMS, settingNameSuffix } from './catalogue.js';
import type { AuthoritySpec, CaseworkRemit } from './catalogue.js';
import { OFSTED_SHARES } from './distributions.js';
import type { Random } from './random.js';
import type { LocalAuthority, OfstedRating, Scale, Setting, Team } from './types.js';

export interface Authority {
  spec: AuthoritySpec;
  record: LocalAuthority;
}

/** An authority's casework teams by remit, which decides which team holds a plan. */
export type CaseworkTeams = Readonly<Record<CaseworkRemit, readonly Team[]>>;

const SYNTHETIC = '(synthetic)';

export function buildAuthorities(random: Random): Authority[] {
  return AUTHORITIES.map((spec) => ({ spec, record: { id: random.uuid(), code: spec.code, name: spec.name } }));
}

export function buildTeams(
  random: Random,
  authorities: readonly Authority[],
): { teams: Team[]; caseworkByAuthority: Map<string, CaseworkTeams> } {
  const teams: Team[] = [];
  const caseworkByAuthority = new Map<string, CaseworkTeams>();
  for (const { spec, record } of authorities) {
    const team = (name: string, kind: Team['kind']): Team => {
      // Both authorities have teams of the same name, so the authority is part of the name people see.
      const created = { id: random.uuid(), localAuthorityId: record.id, name: `${spec.name} ${name} ${SYNTHETIC}`, kind };
      teams.push(created);
      return created;
    };
    const casework: Record<CaseworkRemit, Team[]> = { AREA: [], EARLY_YEARS: [], POST_16: [] };
    for (const { name, remit } of spec.caseworkTeams) casework[remit].push(team(name, 'CASEWORK'));
    for (const { name, kind } of SERVICE_TEAMS) team(name, kind);
    caseworkByAuthority.set(record.id, casework);
  }
  return { teams, caseworkByAuthority };
}

export function buildSettings(random: Random, authorities: readonly Authority[], scale: Scale): Setting[] {
  const usedPlaces = new Set<string>();
  const usedUrns = new Set<string>();
  const unique = (used: Set<string>, make: () => string): string => {
    let value = make();
    while (used.has(value)) value = make();
    used.add(value);
    return value;
  };

  const unrated: Omit<Setting, 'ofstedRating'>[] = [];
  for (const { spec, record } of authorities) {
    for (const { type, phase, count } of spec.settingMix) {
      for (let i = 0; i < count[scale]; i++) {
        const place = unique(usedPlaces, () => `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}`);
        unrated.push({
          id: random.uuid(),
          localAuthorityId: record.id,
          // URNs in use sit far below 900000, so a leading 9 marks these as invented.
          urn: unique(usedUrns, () => `9${random.int(0, 99_999).toString().padStart(5, '0')}`),
          name: `${place} ${settingNameSuffix(type, phase)} ${SYNTHETIC}`,
          type,
          phase,
        });
      }
    }
  }
  // Dealt from an exact pack rather than drawn per setting, so the rare ratings always appear.
  const ratings = random.shuffle(ofstedRatings(unrated.length));
  return unrated.map((setting, i) => ({ ...setting, ofstedRating: ratings[i] ?? 'GOOD' }));
}

function ofstedRatings(count: number): OfstedRating[] {
  const ratings: OfstedRating[] = [];
  for (const { rating, share, atLeastOne } of OFSTED_SHARES) {
    const n = Math.max(atLeastOne ? 1 : 0, Math.round(count * share));
    for (let i = 0; i < n; i++) ratings.push(rating);
  }
  while (ratings.length < count) ratings.push('GOOD');
  return ratings.slice(0, count);
}
