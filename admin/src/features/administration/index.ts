/** Users, local authorities and the change history: what the API keeps in api/src/core, not in a feature. */
import type { AdminFeature } from '../../common/feature';
import history from './history';
import localAuthorities from './local-authorities';
import users from './users';

export const administration: AdminFeature = {
  resources: [localAuthorities, users, history],
  menu: [
    { group: 'administration', resource: 'User' },
    { group: 'administration', resource: 'LocalAuthority' },
    { group: 'administration', resource: 'ChangeRecord' },
  ],
};
