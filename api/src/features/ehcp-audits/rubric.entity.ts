import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';

export enum RubricStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(RubricStatus, {
  name: 'RubricStatus',
  valuesConfig: {
    DRAFT: { description: 'Can be edited; cannot be audited against' },
    PUBLISHED: { description: 'Frozen: audits are scored against it, and a change needs a new version' },
  },
});

export enum GradeDerivation {
  AUDITOR_JUDGEMENT = 'AUDITOR_JUDGEMENT',
  CRITERIA_SCORE = 'CRITERIA_SCORE',
}
registerEnumType(GradeDerivation, {
  name: 'GradeDerivation',
  valuesConfig: {
    AUDITOR_JUDGEMENT: { description: "The auditor grades, guided by the default rule (median of sections, limited by B, E and F)" },
    CRITERIA_SCORE: { description: 'Grades are computed from weighted criteria judgements and score thresholds' },
  },
});

@ObjectType({ description: 'One criterion of a rubric section, judged met, partly met, not met or not applicable' })
export class RubricCriterion {
  @Field(() => ID, { description: 'Stable within the rubric version; judgements refer to it' }) key!: string;
  @Field(() => String) statement!: string;
  @Field(() => String) guidance!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Int, { nullable: true, description: 'School year from which it applies (e.g. 9 for preparing for adulthood)' })
  fromYear?: number | null;
}

@ObjectType({ description: 'A section of the rubric, usually one lettered section of the plan' })
export class RubricSection {
  @Field(() => String, { description: 'A, B, … K, or PLAN for the whole plan' }) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'What good looks like: shown beside the section while scoring' }) guidance!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Boolean, { description: 'Caps the overall grade at one step above its own grade' }) limiting!: boolean;
  @Field(() => [RubricCriterion]) criteria!: RubricCriterion[];
}

@ObjectType({ description: 'A score at or above minScore earns the grade' })
export class ScoreThreshold {
  @Field(() => Float) minScore!: number;
  @Field(() => Int) grade!: number;
}

export enum RubricPurpose {
  EHCP_AUDIT = 'EHCP_AUDIT',
  HEALTH_ADVICE = 'HEALTH_ADVICE',
  HEALTH_DEEP_DIVE = 'HEALTH_DEEP_DIVE',
  AGENCY_ADVICE = 'AGENCY_ADVICE',
}
registerEnumType(RubricPurpose, {
  name: 'RubricPurpose',
  description: 'What a rubric scores: a cycle of its own kind, the DCO’s review of health advice, or a QA officer’s review of the other agencies’ advice',
  valuesConfig: {
    EHCP_AUDIT: { description: 'Termly EHCP audits' },
    HEALTH_ADVICE: { description: 'The DCO’s quality review of a piece of health advice' },
    HEALTH_DEEP_DIVE: { description: 'Six-monthly health deep dives' },
    AGENCY_ADVICE: { description: 'A QA officer’s quality review of advice from an agency other than health (education, educational psychology, social care, others)' },
  },
});

/** What a rubric version's label calls each purpose. */
export const PURPOSE_NAMES: Record<RubricPurpose, string> = {
  [RubricPurpose.EHCP_AUDIT]: 'EHCP audits',
  [RubricPurpose.HEALTH_ADVICE]: 'health advice reviews',
  [RubricPurpose.HEALTH_DEEP_DIVE]: 'health deep dives',
  [RubricPurpose.AGENCY_ADVICE]: 'agency advice reviews',
};

/** A rubric: the versions below it are what audits are scored against. */
@Entity()
@ObjectType({ description: 'An audit rubric; its versions are what audits are scored against' })
export class Rubric extends LocalAuthorityRecord {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => RubricPurpose)
  @Enum({ items: () => RubricPurpose })
  purpose: RubricPurpose & Opt = RubricPurpose.EHCP_AUDIT;
}

/**
 * One version of a rubric. Its content is kept as one document: a published version never changes,
 * so audits scored against it stay explainable, and a draft is edited as a whole.
 */
@Entity()
@Unique({ properties: ['rubric', 'number'] })
@ObjectType({ description: 'One version of a rubric: a draft can be edited, a published one never changes' })
export class RubricVersion extends LocalAuthorityRecord {
  @Field(() => Rubric)
  @ManyToOne(() => Rubric, { ref: true, deleteRule: 'cascade' })
  @Index()
  rubric!: Ref<Rubric>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => RubricStatus)
  @Enum({ items: () => RubricStatus })
  status: RubricStatus & Opt = RubricStatus.DRAFT;

  @Field(() => GradeDerivation)
  @Enum({ items: () => GradeDerivation })
  derivation!: GradeDerivation;

  @Field(() => [ScoreThreshold], { description: 'Used when grades are computed from criteria' })
  @Property({ type: 'json' })
  thresholds!: ScoreThreshold[];

  @Field(() => [RubricSection])
  @Property({ type: 'json' })
  sections!: RubricSection[];

  @Field(() => DateTimeResolver, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  /** Off unless a council asks for it: an auditor may see no need to judge a criterion the grade already settles. */
  @Field(() => Boolean, { description: 'An audit cannot be submitted until every criterion of every section is judged (not applicable counts)' })
  @Property({ type: 'boolean', default: false })
  requireJudgements: boolean & Opt = false;

  @Field(() => Boolean, { description: 'An audit cannot be submitted until every section has evidence notes' })
  @Property({ type: 'boolean', default: false })
  requireEvidence: boolean & Opt = false;
}
