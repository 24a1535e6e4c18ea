import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlacementData } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import type { DemoContext } from '../../core/feature.js';
import { Child } from './child.entity.js';
import { Plan } from './plan.entity.js';
import { Setting } from './setting.entity.js';
import { Team } from './team.entity.js';

/** The synthetic area's teams, settings, children and their plans. */
export async function loadPeopleDemo(em: EntityManager, { data, stamp }: DemoContext): Promise<void> {
  await bulkInsert(em, Team, data.teams.map(({ localAuthorityId, ...team }) => ({ ...team, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(em, Setting, data.settings.map(({ localAuthorityId, ...setting }) => ({ ...setting, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(em, Child, data.children.map(({ localAuthorityId, ...child }) => ({ ...child, localAuthority: localAuthorityId, ...stamp })));
  await bulkInsert(
    em,
    Plan,
    data.plans.map(({ localAuthorityId, childId, settingId, teamId, ...plan }) => ({
      ...plan,
      localAuthority: localAuthorityId,
      child: childId,
      setting: settingId,
      team: teamId,
      ...stamp,
    })),
  );
}

/**
 * Settings another feature's demo brings (the placements' providers in other counties) and what it
 * knows of the area's own (where they are, when Ofsted last inspected them).
 */
export async function loadSettings(em: EntityManager, { stamp }: Pick<DemoContext, 'stamp'>, settings: PlacementData['settings'], details: PlacementData['settingDetails']): Promise<void> {
  await bulkInsert(em, Setting, settings.map(({ localAuthorityId, ...setting }) => ({ ...setting, localAuthority: localAuthorityId, ...stamp })));
  for (const { settingId, ...known } of details) await em.nativeUpdate(Setting, { id: settingId }, known);
}
