/** Users, local authorities, the change history and imports: what the API keeps in api/src/core, not in a feature. */
import type { AdminFeature } from '../../common/feature';
import history from './history';
import { importMappings, importPage, importRuns } from './imports';
import localAuthorities from './local-authorities';
import users from './users';

export const feature: AdminFeature = {
  resources: [localAuthorities, users, history, importPage, importMappings, importRuns],
  menu: [
    { group: 'administration', resource: 'User' },
    { group: 'administration', resource: 'LocalAuthority' },
    { group: 'administration', resource: 'ChangeRecord' },
    { group: 'administration', resource: 'import' },
    { group: 'administration', resource: 'ImportRun' },
    { group: 'administration', resource: 'ImportMapping' },
  ],
};
