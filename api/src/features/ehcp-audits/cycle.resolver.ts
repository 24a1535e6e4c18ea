import { randomInt } from 'node:crypto';
import { ArrayUnique, IsOptional, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Float, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { Audit } from './audit.entity.js';
import { AuditCycle, CycleKind, Stratum, Term } from './cycle.entity.js';
import { assertRunsCycle, CYCLE_RUNNERS } from './cycle-roles.js';
import { RubricStatus, RubricVersion } from './rubric.entity.js';
import { plansInAuthority, plansInPopulation } from './sample-population.js';
import { designSample, SamplePreview } from './sample-design.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class AuditCycleFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => CycleKind, { nullable: true }) kind?: CycleKind;
  @Field(() => Term, { nullable: true }) term?: Term;
  @Field(() => Int, { nullable: true }) academicYear?: number;
}

@ArgsType()
class CreateAuditCycleArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => CycleKind) kind!: CycleKind;
  @Field(() => Term) term!: Term;
  @Field(() => Int) @Min(2000) @Max(2100) academicYear!: number;
  @Field(() => LocalDateResolver) opensOn!: string;
  @Field(() => LocalDateResolver) closesOn!: string;
  @Field(() => UUID, { description: 'A published version of one of the authority’s rubrics' }) rubricVersionId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) sampleSize?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0.1) @Max(100) samplePercent?: number | null;
  @Field(() => [Stratum], { nullable: true }) @IsOptional() @ArrayUnique() stratifyBy?: Stratum[];
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(12) excludeAuditedInLastCycles?: number;
  @Field(() => [UUID], { nullable: true }) @IsOptional() @ArrayUnique() includePlanIds?: string[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() reauditBelowGood?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100) moderationSharePercent?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100) agreementTargetPercent?: number;
  @Field(() => Int, { nullable: true, description: 'To draw the same sample again; a random one otherwise' })
  @IsOptional()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;
}

@ArgsType()
class UpdateAuditCycleArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @Length(10, 10) opensOn?: string;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @Length(10, 10) closesOn?: string;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) @Max(100) moderationSharePercent?: number;
  @Field(() => Int, { nullable: true }) @IfPresent() @Min(0) @Max(100) agreementTargetPercent?: number;
}

export const auditCycles: ResourceDefinition<AuditCycle, AuditCycleFilter> = {
  entity: AuditCycle,
  name: 'AuditCycle',
  plural: 'AuditCycles',
  filter: AuditCycleFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CYCLE_RUNNERS,
  sortFields: { opensOn: 'opensOn', name: 'name', academicYear: 'academicYear' },
  defaultSort: { field: 'opensOn', order: SortOrder.DESC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};

class AuditCycleService extends ResourceService<AuditCycle, AuditCycleFilter> {
  async create({ localAuthorityId, rubricVersionId, sampleSize, samplePercent, includePlanIds = [], seed, stratifyBy, reauditBelowGood, ...values }: CreateAuditCycleArgs) {
    this.assertWritableIn(localAuthorityId);
    assertRunsCycle(this.user, values.kind);
    const hasSize = sampleSize !== null && sampleSize !== undefined;
    const hasPercent = samplePercent !== null && samplePercent !== undefined;
    const errors = new FieldErrors()
      .check(values.closesOn >= values.opensOn, 'closesOn', 'notBeforeOpensOn', 'must not be before the date the cycle opens')
      .check(hasSize !== hasPercent, 'sampleSize', 'oneOfSizeOrPercent', 'give either a sample size or a sample percentage');
    const rubricVersion = await this.related(RubricVersion, 'rubricVersionId', rubricVersionId, localAuthorityId, errors);
    if (rubricVersion) {
      errors.check(rubricVersion.status === RubricStatus.PUBLISHED, 'rubricVersionId', 'published', 'audits can only be scored against a published rubric version');
      const { purpose } = await rubricVersion.rubric.loadOrFail();
      errors.check(String(purpose) === String(values.kind), 'rubricVersionId', 'purposeMatchesKind', `a ${values.kind} cycle needs a ${values.kind} rubric, not a ${purpose} one`);
    }
    const known = includePlanIds.length ? await plansInAuthority(this.em, localAuthorityId, includePlanIds) : [];
    const inPopulation = known.length ? await plansInPopulation(this.em, values.kind, known) : [];
    errors
      .check(known.length === includePlanIds.length, 'includePlanIds', 'exists', 'every named plan must be a plan of this local authority')
      .check(inPopulation.length === known.length, 'includePlanIds', 'inPopulation', 'every named plan must be one this kind of cycle samples (a deep dive: children with complex health needs)')
      .throwIfAny();
    return this.createRecord(localAuthorityId, {
      ...values,
      ...(stratifyBy ? { stratifyBy } : {}),
      ...(reauditBelowGood === undefined ? {} : { reauditBelowGood }),
      rubricVersion: rubricVersion!,
      sampleSize: sampleSize ?? null,
      samplePercent: samplePercent ?? null,
      includePlanIds,
      seed: seed ?? randomInt(0, 2_147_483_647),
    });
  }

  update(args: UpdateAuditCycleArgs): Promise<AuditCycle> {
    return this.updateRecord(args, (cycle) => {
      assertRunsCycle(this.user, cycle.kind);
      new FieldErrors().check(cycle.closesOn >= cycle.opensOn, 'closesOn', 'notBeforeOpensOn', 'must not be before the date the cycle opens').throwIfAny();
    });
  }

  /** Draws the sample once, with the cycle's stored seed, and creates an unassigned audit for each plan. */
  async drawSample(id: string, version: number): Promise<AuditCycle> {
    return this.updateRecord({ id, version }, async (cycle) => {
      assertRunsCycle(this.user, cycle.kind);
      const errors = new FieldErrors().check(!cycle.sampledAt, 'id', 'alreadyDrawn', 'this cycle’s sample has been drawn already');
      errors.throwIfAny();
      const { planIds } = await designSample(this.em, cycle, errors);
      errors.throwIfAny();
      for (const planId of planIds) {
        this.em.create(Audit, { localAuthority: cycle.localAuthority, cycle, plan: planId, rubricVersion: cycle.rubricVersion });
      }
      cycle.sampledAt = new Date();
    });
  }

  /** The sample the cycle would draw now, counted by where its plans come from, without drawing it. */
  async previewSample(id: string): Promise<SamplePreview> {
    const cycle = await this.get(id);
    assertRunsCycle(this.user, cycle.kind);
    const errors = new FieldErrors().check(!cycle.sampledAt, 'id', 'alreadyDrawn', 'this cycle’s sample has been drawn already');
    const { planIds, named, reaudit, random, eligible } = await designSample(this.em, cycle, errors);
    return { eligible, named, reaudit, random, total: planIds.length, problems: errors.list().map((e) => e.message) };
  }

  /** A cycle can be removed until its sample is drawn; after that its audits are part of the record. */
  override async remove(id: string): Promise<AuditCycle> {
    const cycle = await this.get(id);
    assertRunsCycle(this.user, cycle.kind);
    new FieldErrors().check(!cycle.sampledAt, 'id', 'notSampled', 'a cycle whose sample has been drawn is kept').throwIfAny();
    return super.remove(id);
  }
}

const service = (ctx: Context) => new AuditCycleService(ctx, auditCycles);

@Resolver(() => AuditCycle)
export class AuditCycleResolver extends LocalAuthorityResourceResolver(auditCycles, service) {
  @Authorized(auditCycles.writeRoles)
  @Mutation(() => AuditCycle)
  createAuditCycle(@Args(() => CreateAuditCycleArgs) args: CreateAuditCycleArgs, @Ctx() ctx: Context): Promise<AuditCycle> {
    return service(ctx).create(args);
  }

  @Authorized(auditCycles.writeRoles)
  @Mutation(() => AuditCycle)
  updateAuditCycle(@Args(() => UpdateAuditCycleArgs) args: UpdateAuditCycleArgs, @Ctx() ctx: Context): Promise<AuditCycle> {
    return service(ctx).update(args);
  }

  @Authorized(auditCycles.writeRoles)
  @Mutation(() => AuditCycle, { description: "Draw the cycle's sample (once, reproducibly) and create its audits" })
  drawAuditSample(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<AuditCycle> {
    return service(ctx).drawSample(id, version);
  }

  @Authorized(auditCycles.writeRoles)
  @Query(() => SamplePreview, { description: "Where the cycle's sample would come from if drawn now (named, re-audit, random), by the rule that draws it" })
  auditSamplePreview(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<SamplePreview> {
    return service(ctx).previewSample(id);
  }
}
