import { randomInt } from 'node:crypto';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Audit } from './audit.entity.js';
import type { AuditCycle } from './cycle.entity.js';
import { assertRunsCycle } from './cycle-roles.js';
import type { AuditCycleFilter, CreateAuditCycleArgs, UpdateAuditCycleArgs } from './cycle.inputs.js';
import { auditCycles } from './cycle.resource.js';
import { RubricStatus, RubricVersion } from './rubric.entity.js';
import { plansInAuthority, plansInPopulation } from './sample-population.js';
import { designSample, type SamplePreview } from './sample-design.js';

export class AuditCycleService extends ResourceService<AuditCycle, AuditCycleFilter> {
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

export const auditCycleService = (ctx: Context) => new AuditCycleService(ctx, auditCycles);
