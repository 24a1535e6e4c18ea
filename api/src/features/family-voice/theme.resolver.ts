import { IsNotEmpty, IsOptional, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Extensions, Field, Int, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { OPEN_WITHOUT_SIGN_IN } from '../../core/auth/require-sign-in.plugin.js';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { UUID } from '../../core/graphql/uuid.js';
import { LocalAuthority } from '../../core/tenancy/local-authority.entity.js';
import { SurveyKind, ThemeStatus } from './enums.js';
import { FamilyTheme } from './survey.entity.js';

@InputType()
export class FamilyThemeFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => ThemeStatus, { nullable: true }) status?: ThemeStatus;
  @Field(() => SurveyKind, { nullable: true }) source?: SurveyKind;
  @Field(() => Boolean, { nullable: true }) published?: boolean;
}

@ArgsType()
class CreateFamilyThemeArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 4000) said!: string;
  @Field(() => SurveyKind, { nullable: true }) source?: SurveyKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 20) term?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) actionTaken?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) actionOn?: string | null;
  @Field(() => ThemeStatus, { nullable: true }) status?: ThemeStatus | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
}

@ArgsType()
class UpdateFamilyThemeArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 4000) said?: string;
  @Field(() => SurveyKind, { nullable: true }) source?: SurveyKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 20) term?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) actionTaken?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) actionOn?: string | null;
  @Field(() => ThemeStatus, { nullable: true }) @IfPresent() @IsNotEmpty() status?: ThemeStatus;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsNotEmpty() published?: boolean;
}

@ArgsType()
class YouSaidWeDidArgs {
  @Field(() => String, { description: 'DfE code of the local authority, e.g. 873' }) @Matches(/^\d{3}$/) localAuthorityCode!: string;
}

@ObjectType({ description: '"You said, we did" as the local offer shows it: what families said and what was done, nothing about any child' })
class YouSaidWeDid {
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

class FamilyThemeService extends ResourceService<FamilyTheme, FamilyThemeFilter> {
  create({ localAuthorityId, ...values }: CreateFamilyThemeArgs): Promise<FamilyTheme> {
    return this.createRecord(localAuthorityId, values);
  }
}

const service = (ctx: Context) => new FamilyThemeService(ctx, familyThemes);

@Resolver(() => FamilyTheme)
export class FamilyThemeResolver extends LocalAuthorityResourceResolver(familyThemes, service) {
  @Authorized(familyThemes.writeRoles)
  @Mutation(() => FamilyTheme)
  createFamilyTheme(@Args(() => CreateFamilyThemeArgs) args: CreateFamilyThemeArgs, @Ctx() ctx: Context): Promise<FamilyTheme> {
    return service(ctx).create(args);
  }

  @Authorized(familyThemes.writeRoles)
  @Mutation(() => FamilyTheme)
  updateFamilyTheme(@Args(() => UpdateFamilyThemeArgs) args: UpdateFamilyThemeArgs, @Ctx() ctx: Context): Promise<FamilyTheme> {
    return service(ctx).updateRecord(args);
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
