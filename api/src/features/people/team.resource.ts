import { CASEWORK_EDITORS, EVERY_ROLE } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { TeamFilter } from './team.inputs.js';
import { Team } from './team.entity.js';

export const teams: ResourceDefinition<Team, TeamFilter> = {
  entity: Team,
  name: 'Team',
  plural: 'Teams',
  filter: TeamFilter,
  tenancy: 'owned',
  // Holds nothing about a child: board members read it too.
  readRoles: EVERY_ROLE,
  writeRoles: CASEWORK_EDITORS,
  sortFields: { name: 'name', kind: 'kind', localAuthority: 'localAuthority.name' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};
