import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { PURPOSE_NAMES, Rubric, RubricPurpose, RubricVersion } from './rubric.entity.js';
import { CreateRubricArgs, UpdateRubricArgs, UpdateRubricVersionArgs } from './rubric.inputs.js';
import { rubrics, rubricVersions } from './rubric.resource.js';
import { rubricService, rubricVersionService } from './rubric.service.js';

@Resolver(() => Rubric)
export class RubricResolver extends LocalAuthorityResourceResolver(rubrics, rubricService) {
  @Authorized(rubrics.writeRoles)
  @Mutation(() => Rubric, { description: 'A new rubric, starting from the default content as draft version 1' })
  createRubric(@Args(() => CreateRubricArgs) args: CreateRubricArgs, @Ctx() ctx: Context): Promise<Rubric> {
    return rubricService(ctx).create(args);
  }

  @Authorized(rubrics.writeRoles)
  @Mutation(() => Rubric)
  updateRubric(@Args(() => UpdateRubricArgs) args: UpdateRubricArgs, @Ctx() ctx: Context): Promise<Rubric> {
    return rubricService(ctx).updateRecord(args);
  }

  @FieldResolver(() => [RubricVersion], { description: 'Newest first' })
  versions(@Root() rubric: Rubric, @Ctx() ctx: Context): Promise<RubricVersion[]> {
    return relations(ctx).children(RubricVersion, 'rubric', rubric.id, { number: 'desc' });
  }
}

@Resolver(() => RubricVersion)
export class RubricVersionResolver extends LocalAuthorityResourceResolver(rubricVersions, rubricVersionService) {
  @Authorized(rubricVersions.writeRoles)
  @Mutation(() => RubricVersion, { description: 'Edit a draft; published versions are refused' })
  updateRubricVersion(@Args(() => UpdateRubricVersionArgs) args: UpdateRubricVersionArgs, @Ctx() ctx: Context): Promise<RubricVersion> {
    return rubricVersionService(ctx).update(args);
  }

  @Authorized(rubricVersions.writeRoles)
  @Mutation(() => RubricVersion, { description: 'Freeze a draft so that audits can be scored against it' })
  publishRubricVersion(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<RubricVersion> {
    return rubricVersionService(ctx).publish(id, version);
  }

  @Authorized(rubricVersions.writeRoles)
  @Mutation(() => RubricVersion, { description: 'Start the next version of a rubric as a draft copy of its latest' })
  createRubricVersion(@Arg('rubricId', () => UUID) rubricId: string, @Ctx() ctx: Context): Promise<RubricVersion> {
    return rubricVersionService(ctx).draftNext(rubricId);
  }

  @FieldResolver(() => String, { description: 'The rubric, its purpose and its local authority, and the version number: how a version is named wherever it is chosen or shown' })
  async label(@Root() version: RubricVersion): Promise<string> {
    const [rubric, authority] = await Promise.all([version.rubric.loadOrFail(), version.localAuthority.loadOrFail()]);
    return `${rubric.name} (${PURPOSE_NAMES[rubric.purpose as RubricPurpose]}, ${authority.name}), version ${version.number}`;
  }
}
