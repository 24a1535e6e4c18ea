/** Children, their plans, the settings they attend and the teams that hold them: api/src/features/people. */
import type { AdminFeature } from '../../common/feature';
import children from './children';
import plans from './plans';
import settings from './settings';
import teams from './teams';

export const feature: AdminFeature = {
  resources: [plans, children, settings, teams],
  menu: [
    { group: 'records', resource: 'Plan' },
    { group: 'records', resource: 'Child' },
    { group: 'records', resource: 'Setting' },
    { group: 'records', resource: 'Team' },
  ],
};
