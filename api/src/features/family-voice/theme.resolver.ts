import { Args, Authorized, Ctx, Extensions, Mutation, Query, Resolver } from 'type-graphql';
import { OPEN_WITHOUT_SIGN_IN } from '../../core/auth/require-sign-in.plugin.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { LocalAuthority } from '../../core/tenancy/local-authority.entity.js';
import { FamilyTheme } from './survey.entity.js';
import { CreateFamilyThemeArgs, UpdateFamilyThemeArgs, YouSaidWeDidArgs } from './theme.inputs.js';
import { familyThemes, YouSaidWeDid } from './theme.resource.js';
import { familyThemeService } from './theme.service.js';

@Resolver(() => FamilyTheme)
export class FamilyThemeResolver extends LocalAuthorityResourceResolver(familyThemes, familyThemeService) {
  @Authorized(familyThemes.writeRoles)
  @Mutation(() => FamilyTheme)
  createFamilyTheme(@Args(() => CreateFamilyThemeArgs) args: CreateFamilyThemeArgs, @Ctx() ctx: Context): Promise<FamilyTheme> {
    return familyThemeService(ctx).create(args);
  }

  @Authorized(familyThemes.writeRoles)
  @Mutation(() => FamilyTheme)
  updateFamilyTheme(@Args(() => UpdateFamilyThemeArgs) args: UpdateFamilyThemeArgs, @Ctx() ctx: Context): Promise<FamilyTheme> {
    return familyThemeService(ctx).updateRecord(args);
  }

  /** The local offer is public, and so is what it says: only the themes an authority chose to publish. */
  @Extensions(OPEN_WITHOUT_SIGN_IN)
  @Query(() => [YouSaidWeDid], { description: "An authority's published \"You said, we did\", for the local offer: open without signing in, newest action first" })
  async youSaidWeDid(@Args(() => YouSaidWeDidArgs) { localAuthorityCode }: YouSaidWeDidArgs, @Ctx() ctx: Context): Promise<YouSaidWeDid[]> {
    const authority = await ctx.em.findOne(LocalAuthority, { code: localAuthorityCode });
    if (!authority) return [];
    const themes = await ctx.em.find(FamilyTheme, { localAuthority: authority, published: true }, { orderBy: [{ actionOn: 'desc nulls last' }, { createdAt: 'desc' }] });
    return themes.map(({ said, actionTaken, actionOn, term, source, status }) => ({ said, actionTaken, actionOn, term, source, status }));
  }
}
