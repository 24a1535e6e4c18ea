import { EVERY_ROLE, Role } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { Setting } from './setting.entity.js';
import { SettingFilter } from './setting.inputs.js';

export const settings: ResourceDefinition<Setting, SettingFilter> = {
  entity: Setting,
  name: 'Setting',
  plural: 'Settings',
  filter: SettingFilter,
  tenancy: 'shared',
  // Schools are public reference data, nothing about a child: board members read them too (the part-time figures count by school).
  readRoles: EVERY_ROLE,
  writeRoles: [Role.ADMIN, Role.QA_OFFICER, Role.COMMISSIONER],
  sortFields: { name: 'name', urn: 'urn', type: 'type', phase: 'phase', ofstedRating: 'ofstedRating' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ $or: [{ name: { $ilike: `%${q}%` } }, { urn: q }] }),
};
