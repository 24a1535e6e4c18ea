import type { Context } from '../../core/graphql/context.js';
import { ResourceService } from '../../core/graphql/resource.js';
import type { FamilyTheme } from './survey.entity.js';
import type { CreateFamilyThemeArgs, FamilyThemeFilter } from './theme.inputs.js';
import { familyThemes } from './theme.resource.js';

export class FamilyThemeService extends ResourceService<FamilyTheme, FamilyThemeFilter> {
  create({ localAuthorityId, ...values }: CreateFamilyThemeArgs): Promise<FamilyTheme> {
    return this.createRecord(localAuthorityId, values);
  }
}

export const familyThemeService = (ctx: Context) => new FamilyThemeService(ctx, familyThemes);
