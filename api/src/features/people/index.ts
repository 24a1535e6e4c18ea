import type { Feature } from '../../core/feature.js';
import { Child } from './child.entity.js';
import { ChildResolver } from './child.resolver.js';
import { loadPeopleDemo } from './demo.js';
import { childImport, planImport, settingImport } from './imports.js';
import { Plan } from './plan.entity.js';
import { PlanResolver } from './plan.resolver.js';
import { Setting } from './setting.entity.js';
import { SettingResolver } from './setting.resolver.js';
import { Team } from './team.entity.js';
import { TeamResolver } from './team.resolver.js';

export { Child } from './child.entity.js';
export { loadSettings } from './demo.js';
export { OfstedRating, Phase, PlanStatus, PrimaryNeed, SettingType, TeamKind } from './enums.js';
export { Plan } from './plan.entity.js';
export { checkPlanDates } from './plan.rules.js';
export { childKeyColumns, childrenOfRows, planKeyColumns, plansOfRows } from './imports.js';
export { phaseOf, schoolYear } from './school-year.js';
export { Setting } from './setting.entity.js';
export { Team } from './team.entity.js';

/** The children and young people, their plans, the casework and health teams and the settings they attend. */
export const feature: Feature = {
  name: 'people',
  entities: [Team, Setting, Child, Plan],
  resolvers: [TeamResolver, SettingResolver, ChildResolver, PlanResolver],
  loadDemo: loadPeopleDemo,
  imports: [settingImport, childImport, planImport],
};
