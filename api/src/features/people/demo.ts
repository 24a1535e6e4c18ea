import type { EntityManager } from '@mikro-orm/postgresql';
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
