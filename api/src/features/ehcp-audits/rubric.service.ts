import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { defaultRubricContent } from './default-rubric.js';
import { Rubric, RubricPurpose, RubricStatus, RubricVersion } from './rubric.entity.js';
import type { CreateRubricArgs, RubricFilter, RubricVersionFilter, UpdateRubricVersionArgs } from './rubric.inputs.js';
import { rubrics, rubricVersions } from './rubric.resource.js';
import { checkSections, checkThresholds, withCriterionKeys } from './rubric.rules.js';

/** Drafts change; published versions never do. A change to a published rubric is a new version. */
export class RubricVersionService extends ResourceService<RubricVersion, RubricVersionFilter> {
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

export class RubricService extends ResourceService<Rubric, RubricFilter> {
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

export const rubricService = (ctx: Context) => new RubricService(ctx, rubrics);
export const rubricVersionService = (ctx: Context) => new RubricVersionService(ctx, rubricVersions);
