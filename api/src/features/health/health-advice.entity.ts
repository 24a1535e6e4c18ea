import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { AuditSection, RubricVersion } from '../ehcp-audits/index.js';
import { AnnualReview } from '../statutory-timeline/index.js';
import { Plan, Team } from '../people/index.js';

export enum AdviceOccasion {
  ASSESSMENT = 'ASSESSMENT',
  ANNUAL_REVIEW = 'ANNUAL_REVIEW',
}
registerEnumType(AdviceOccasion, {
  name: 'AdviceOccasion',
  valuesConfig: {
    ASSESSMENT: { description: 'Asked for during the EHC needs assessment' },
    ANNUAL_REVIEW: { description: 'Asked for ahead of an annual review' },
  },
});

/** One request to a health service for advice on a child, and what came back. */
@Entity()
@ObjectType({ description: 'Health advice asked of a health service for an EHC needs assessment or annual review' })
export class HealthAdvice extends LocalAuthorityRecord {
  @Field(() => Plan)
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  @Index()
  plan!: Ref<Plan>;

  /** A team of kind HEALTH: the service asked. */
  @Field(() => Team)
  @ManyToOne(() => Team, { ref: true, deleteRule: 'restrict' })
  @Index()
  team!: Ref<Team>;

  @Field(() => AdviceOccasion)
  @Enum({ items: () => AdviceOccasion })
  occasion!: AdviceOccasion;

  @Field(() => AnnualReview, { nullable: true })
  @ManyToOne(() => AnnualReview, { ref: true, nullable: true, deleteRule: 'set null' })
  annualReview?: Ref<AnnualReview> | null;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  requestedOn!: string;

  @Field(() => LocalDateResolver, { description: '6 weeks after the request unless set; for an annual review 2 weeks before the meeting' })
  @Property({ type: 'date' })
  @Index()
  dueOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the service replied, with advice or with "no advice"' })
  @Property({ type: 'date', nullable: true })
  receivedOn?: string | null;

  @Field(() => Boolean, { description: 'The service replied that it has no advice to give' })
  @Property({ type: 'boolean' })
  noAdvice: boolean & Opt = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  noAdviceReason?: string | null;

  /** The health-advice rubric version the DCO reviewed it against. */
  @Field(() => RubricVersion, { nullable: true })
  @ManyToOne(() => RubricVersion, { ref: true, nullable: true, deleteRule: 'restrict' })
  reviewRubricVersion?: Ref<RubricVersion> | null;

  @Field(() => [AuditSection], { description: "The DCO's judgements, section by section of the health-advice rubric" })
  @Property({ type: 'json' })
  review: AuditSection[] & Opt = [];

  @Field(() => Int, { nullable: true, description: 'Quality grade from the review: 4 Outstanding … 1 Inadequate' })
  @Property({ type: 'smallint', nullable: true })
  reviewGrade?: number | null;

  @Field(() => String, { nullable: true, description: 'Feedback for the service' })
  @Property({ type: 'text', nullable: true })
  reviewFeedback?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  reviewedOn?: string | null;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  reviewedBy?: Ref<User> | null;
}
