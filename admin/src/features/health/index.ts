/** Health advice, sign-offs and the DCO's workspace: api/src/features/health. */
import type { AdminFeature } from '../../common/feature';
import advice from './advice';
import dcoWorkspace from './dco-workspace';
import signOffs from './sign-offs';

export const feature: AdminFeature = {
  resources: [dcoWorkspace, advice, signOffs],
  menu: [
    { group: 'health', resource: 'dco', dashboard: true, home: dcoWorkspace.list },
    { group: 'health', resource: 'AdviceRequest' },
    { group: 'health', resource: 'HealthSignOff' },
  ],
};
