import { Check, Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { AuditSection, RubricVersion } from '../ehcp-audits/index.js';
import { Plan, Team } from '../people/index.js';
import { AnnualReview } from './annual-review.entity.js';
import { AdviceOccasion, TimelineStepKind, TimescaleException } from './enums.js';
import { allowedExceptionsSql } from './rules.js';

/**
 * One request to an agency for advice on a child (education, educational psychology, health, social
 * care or another service: the kind of the team asked), with its 6-week clock, what came back, and its
 * quality review: the DCO's for health advice (the health feature), a QA officer's for the others.
 * Until the timeline owned it this was the health feature's HealthAdvice; the rows moved with it.
 */
@Entity()
@Check({ name: 'advice_request_exception_allowed', expression: allowedExceptionsSql('exception', TimelineStepKind.ADVICE) })
@ObjectType({ description: 'Advice asked of an agency (the team asked and its kind) for an EHC needs assessment or an annual review, and its quality review' })
export class AdviceRequest extends LocalAuthorityRecord {
  @Field(() => Plan)
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  @Index()
  plan!: Ref<Plan>;

  /** The service asked; its kind is the agency (HEALTH, EDUCATIONAL_PSYCHOLOGY, SOCIAL_CARE, EDUCATION, OTHER). */
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

  @Field(() => TimescaleException, { nullable: true, description: 'Why the 6-week advice duty did not apply (reg. 8(2)): a missed appointment, exceptional personal circumstances, absence from the area' })
  @Enum({ items: () => TimescaleException, nullable: true })
  exception?: TimescaleException | null;

  @Field(() => Boolean, { description: 'The service replied that it has no advice to give' })
  @Property({ type: 'boolean' })
  noAdvice: boolean & Opt = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  noAdviceReason?: string | null;

  /** The rubric version it was reviewed against: the health-advice rubric (the DCO's) or the agency-advice rubric (a QA officer's). */
  @Field(() => RubricVersion, { nullable: true })
  @ManyToOne(() => RubricVersion, { ref: true, nullable: true, deleteRule: 'restrict' })
  reviewRubricVersion?: Ref<RubricVersion> | null;

  @Field(() => [AuditSection], { description: "The reviewer's judgements, section by section of the rubric" })
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
