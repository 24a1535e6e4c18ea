import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { relations } from '../../core/access/relations.js';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { defaultRubricContent } from './default-rubric.js';
import { GradeDerivation, PURPOSE_NAMES, Rubric, RubricPurpose, RubricStatus, RubricVersion } from './rubric.entity.js';
import { RubricSectionInput, ScoreThresholdInput } from './rubric.inputs.js';
import { checkSections, checkThresholds, withCriterionKeys } from './rubric.rules.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class RubricFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => RubricPurpose, { nullable: true }) purpose?: RubricPurpose;
}

@InputType()
export class RubricVersionFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) rubricId?: string;
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => RubricStatus, { nullable: true }) status?: RubricStatus;
  @Field(() => RubricPurpose, { nullable: true, description: "The rubric's purpose: a cycle of a kind is scored against a rubric of the same purpose" })
  purpose?: RubricPurpose;
}

@ArgsType()
class CreateRubricArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => RubricPurpose, { nullable: true, description: 'EHCP audit unless given; the new rubric starts from the one shipped for it' })
  purpose?: RubricPurpose | null;
}

@ArgsType()
class UpdateRubricArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
}

@ArgsType()
class UpdateRubricVersionArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => GradeDerivation, { nullable: true }) @IsOptional() derivation?: GradeDerivation;
  @Field(() => [ScoreThresholdInput], { nullable: true }) @IsOptional() @ValidateNested() thresholds?: ScoreThresholdInput[];
  @Field(() => [RubricSectionInput], { nullable: true }) @IsOptional() @ValidateNested() sections?: RubricSectionInput[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() requireJudgements?: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() requireEvidence?: boolean;
}

export const rubrics: ResourceDefinition<Rubric, RubricFilter> = {
  entity: Rubric,
  name: 'Rubric',
  plural: 'Rubrics',
  filter: RubricFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { name: 'name', createdAt: 'createdAt' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};

export const rubricVersions: ResourceDefinition<RubricVersion, RubricVersionFilter> = {
  entity: RubricVersion,
  name: 'RubricVersion',
  plural: 'RubricVersions',
  filter: RubricVersionFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { number: 'number', status: 'status', publishedAt: 'publishedAt' },
  defaultSort: { field: 'number', order: SortOrder.DESC },
  filterFields: { purpose: (purpose: RubricPurpose) => ({ rubric: { purpose } }) },
};

/** Drafts change; published versions never do. A change to a published rubric is a new version. */
class RubricVersionService extends ResourceService<RubricVersion, RubricVersionFilter> {
  private static assertDraft(version: RubricVersion, errors = new FieldErrors()): void {
    errors
      .check(version.status === RubricStatus.DRAFT, 'id', 'publishedIsImmutable', 'a published rubric version cannot change; create a new version')
      .throwIfAny();
  }

  update({ sections, thresholds, ...args }: UpdateRubricVersionArgs): Promise<RubricVersion> {
    return this.updateRecord(args, (record) => {
      RubricVersionService.assertDraft(record);
      const errors = new FieldErrors();
      if (sections) record.sections = withCriterionKeys(sections);
      if (thresholds) record.thresholds = thresholds.map(({ minScore, grade }) => ({ minScore, grade }));
      checkSections(record.sections, errors);
      checkThresholds(record.thresholds, errors).throwIfAny();
    });
  }

  publish(id: string, version: number): Promise<RubricVersion> {
    return this.updateRecord({ id, version }, (record) => {
      RubricVersionService.assertDraft(record);
      record.status = RubricStatus.PUBLISHED;
      record.publishedAt = new Date();
    });
  }

  /** The next version starts as a copy of the latest, as a draft. One draft at a time. */
  async draftNext(rubricId: string): Promise<RubricVersion> {
    const rubric = await new ResourceService(this.ctx, rubrics).get(rubricId);
    const latest = await this.em.findOne(RubricVersion, { rubric }, { orderBy: { number: 'desc' } });
    new FieldErrors()
      .check(latest?.status !== RubricStatus.DRAFT, 'rubricId', 'oneDraftAtATime', `version ${latest?.number} is still a draft: edit or publish it`)
      .throwIfAny();
    return this.createRecord(rubric.localAuthority.id, {
      rubric,
      number: (latest?.number ?? 0) + 1,
      status: RubricStatus.DRAFT,
      ...(latest
        ? { derivation: latest.derivation, thresholds: latest.thresholds, sections: latest.sections, requireJudgements: latest.requireJudgements, requireEvidence: latest.requireEvidence }
        : defaultRubricContent(rubric.purpose)),
    });
  }

  override async remove(id: string): Promise<RubricVersion> {
    RubricVersionService.assertDraft(await this.get(id));
    return super.remove(id);
  }
}

class RubricService extends ResourceService<Rubric, RubricFilter> {
  /** A new rubric starts from the default content as draft version 1. */
  async create({ localAuthorityId, name, purpose }: CreateRubricArgs): Promise<Rubric> {
    this.assertWritableIn(localAuthorityId);
    const rubric = this.em.create(Rubric, { localAuthority: localAuthorityId, name, purpose: purpose ?? RubricPurpose.EHCP_AUDIT });
    this.em.create(RubricVersion, { localAuthority: localAuthorityId, rubric, number: 1, ...defaultRubricContent(rubric.purpose) });
    await this.em.flush();
    return rubric;
  }

  override async remove(id: string): Promise<Rubric> {
    // Scope first: outside its authority, not even whether it has published versions may be learnt.
    const rubric = await this.get(id);
    const published = await this.em.count(RubricVersion, { rubric, status: RubricStatus.PUBLISHED });
    new FieldErrors()
      .check(published === 0, 'id', 'noPublishedVersions', 'a rubric with published versions is kept, so that audits stay explainable')
      .throwIfAny();
    return super.remove(id);
  }
}

@Resolver(() => Rubric)
export class RubricResolver extends LocalAuthorityResourceResolver(rubrics, (ctx) => new RubricService(ctx, rubrics)) {
  @Authorized(rubrics.writeRoles)
  @Mutation(() => Rubric, { description: 'A new rubric, starting from the default content as draft version 1' })
  createRubric(@Args(() => CreateRubricArgs) args: CreateRubricArgs, @Ctx() ctx: Context): Promise<Rubric> {
    return new RubricService(ctx, rubrics).create(args);
  }

  @Authorized(rubrics.writeRoles)
  @Mutation(() => Rubric)
  updateRubric(@Args(() => UpdateRubricArgs) args: UpdateRubricArgs, @Ctx() ctx: Context): Promise<Rubric> {
    return new RubricService(ctx, rubrics).updateRecord(args);
  }

  @FieldResolver(() => [RubricVersion], { description: 'Newest first' })
  versions(@Root() rubric: Rubric, @Ctx() ctx: Context): Promise<RubricVersion[]> {
    return relations(ctx).children(RubricVersion, 'rubric', rubric.id, { number: 'desc' });
  }
}

@Resolver(() => RubricVersion)
export class RubricVersionResolver extends LocalAuthorityResourceResolver(rubricVersions, (ctx) => new RubricVersionService(ctx, rubricVersions)) {
  @Authorized(rubricVersions.writeRoles)
  @Mutation(() => RubricVersion, { description: 'Edit a draft; published versions are refused' })
  updateRubricVersion(@Args(() => UpdateRubricVersionArgs) args: UpdateRubricVersionArgs, @Ctx() ctx: Context): Promise<RubricVersion> {
    return new RubricVersionService(ctx, rubricVersions).update(args);
  }

  @Authorized(rubricVersions.writeRoles)
  @Mutation(() => RubricVersion, { description: 'Freeze a draft so that audits can be scored against it' })
  publishRubricVersion(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<RubricVersion> {
    return new RubricVersionService(ctx, rubricVersions).publish(id, version);
  }

  @Authorized(rubricVersions.writeRoles)
  @Mutation(() => RubricVersion, { description: 'Start the next version of a rubric as a draft copy of its latest' })
  createRubricVersion(@Arg('rubricId', () => UUID) rubricId: string, @Ctx() ctx: Context): Promise<RubricVersion> {
    return new RubricVersionService(ctx, rubricVersions).draftNext(rubricId);
  }

  @FieldResolver(() => String, { description: 'The rubric, its purpose and its local authority, and the version number: how a version is named wherever it is chosen or shown' })
  async label(@Root() version: RubricVersion): Promise<string> {
    const [rubric, authority] = await Promise.all([version.rubric.loadOrFail(), version.localAuthority.loadOrFail()]);
    return `${rubric.name} (${PURPOSE_NAMES[rubric.purpose as RubricPurpose]}, ${authority.name}), version ${version.number}`;
  }
}
