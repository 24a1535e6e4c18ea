import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { SortOrder } from '../../core/graphql/list.js';
import type { ResourceDefinition } from '../../core/graphql/resource.js';
import { SurveyKind, ThemeStatus } from './enums.js';
import { FamilyTheme } from './survey.entity.js';
import { FamilyThemeFilter } from './theme.inputs.js';

@ObjectType({ description: '"You said, we did" as the local offer shows it: what families said and what was done, nothing about any child' })
export class YouSaidWeDid {
  @Field(() => String) said!: string;
  @Field(() => String, { nullable: true }) actionTaken?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) actionOn?: string | null;
  @Field(() => String, { nullable: true }) term?: string | null;
  @Field(() => SurveyKind, { nullable: true }) source?: SurveyKind | null;
  @Field(() => ThemeStatus) status!: ThemeStatus;
}

export const familyThemes: ResourceDefinition<FamilyTheme, FamilyThemeFilter> = {
  entity: FamilyTheme,
  name: 'FamilyTheme',
  plural: 'FamilyThemes',
  filter: FamilyThemeFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { createdAt: 'createdAt', actionOn: 'actionOn', status: 'status', term: 'term' },
  defaultSort: { field: 'createdAt', order: SortOrder.DESC },
  search: (q) => ({ $or: [{ said: { $ilike: `%${q}%` } }, { actionTaken: { $ilike: `%${q}%` } }] }),
};
