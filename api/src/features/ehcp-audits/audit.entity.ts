import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Plan } from '../people/index.js';
import { AuditCycle } from './cycle.entity.js';
import { RubricVersion } from './rubric.entity.js';

export enum AuditStatus {
  UNASSIGNED = 'UNASSIGNED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  MODERATED = 'MODERATED',
  FINAL = 'FINAL',
}
registerEnumType(AuditStatus, {
  name: 'AuditStatus',
  valuesConfig: {
    UNASSIGNED: { description: 'Sampled, waiting for an auditor' },
    ASSIGNED: { description: 'With an auditor, not started' },
    IN_PROGRESS: { description: 'Being scored' },
    SUBMITTED: { description: 'Scored; the auditor can no longer change it' },
    RETURNED: { description: 'Sent back to the auditor with a reason' },
    MODERATED: { description: 'Graded again by a moderator; agreed grade recorded' },
    FINAL: { description: 'Counts in the figures' },
  },
});

export enum AuditLens {
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  SOCIAL_CARE = 'SOCIAL_CARE',
}
registerEnumType(AuditLens, { name: 'AuditLens', description: 'The view a multi-agency auditor brings to the plan' });

export enum JudgementValue {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(JudgementValue, { name: 'Judgement', description: 'How far a criterion is met' });

@ObjectType()
export class CriterionJudgement {
  @Field(() => ID, { description: 'The criterion key in the rubric version' }) key!: string;
  @Field(() => JudgementValue) judgement!: JudgementValue;
}

@ObjectType({ description: "The auditor's findings for one rubric section" })
export class AuditSection {
  @Field(() => String) code!: string;
  @Field(() => Int, { nullable: true, description: '4 Outstanding, 3 Good, 2 Requires improvement, 1 Inadequate' }) grade?: number | null;
  @Field(() => String) evidence!: string;
  @Field(() => [CriterionJudgement]) judgements!: CriterionJudgement[];
}

/** One plan's audit in one cycle, against the rubric version the cycle was drawn with. */
@Entity()
@Unique({ properties: ['cycle', 'plan'] })
@ObjectType({ description: "One plan's audit in one cycle" })
export class Audit extends LocalAuthorityRecord {
  @Field(() => AuditCycle)
  @ManyToOne(() => AuditCycle, { ref: true, deleteRule: 'cascade' })
  @Index()
  cycle!: Ref<AuditCycle>;

  @Field(() => Plan)
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'restrict' })
  @Index()
  plan!: Ref<Plan>;

  /** Kept on the audit itself, so its results stay explainable whatever happens to the cycle. */
  @Field(() => RubricVersion, { description: 'The version this audit is scored against' })
  @ManyToOne(() => RubricVersion, { ref: true, deleteRule: 'restrict' })
  rubricVersion!: Ref<RubricVersion>;

  @Field(() => AuditStatus)
  @Enum({ items: () => AuditStatus })
  @Index()
  status: AuditStatus & Opt = AuditStatus.UNASSIGNED;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  auditor?: Ref<User> | null;

  @Field(() => AuditLens, { nullable: true })
  @Enum({ items: () => AuditLens, nullable: true })
  lens?: AuditLens | null;

  /** Kept as one document per audit: it is read and written whole, one section at a time. */
  @Field(() => [AuditSection])
  @Property({ type: 'json' })
  sections: AuditSection[] & Opt = [];

  @Field(() => String)
  @Property({ type: 'text' })
  strengths: string & Opt = '';

  @Field(() => String)
  @Property({ type: 'text' })
  areasForDevelopment: string & Opt = '';

  @Field(() => Int, { nullable: true, description: 'The overall grade the rubric suggests from the section grades' })
  @Property({ type: 'smallint', nullable: true })
  suggestedGrade?: number | null;

  @Field(() => Int, { nullable: true, description: "The auditor's overall grade" })
  @Property({ type: 'smallint', nullable: true })
  overallGrade?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the overall grade differs from the suggested one' })
  @Property({ type: 'text', nullable: true })
  overrideReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the audit was returned to the auditor' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  /** A second officer who grades the audit without seeing the first grade. */
  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  moderator?: Ref<User> | null;

  @Field(() => Int, { nullable: true, description: "The moderator's own grade, given before seeing the auditor's" })
  @Property({ type: 'smallint', nullable: true })
  moderatorGrade?: number | null;

  @Field(() => Int, { nullable: true, description: 'The grade auditor and moderator agreed: the one that counts' })
  @Property({ type: 'smallint', nullable: true })
  agreedGrade?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  moderationNotes?: string | null;
}
