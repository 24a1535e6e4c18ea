import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { AnnualReviewDecision } from './enums.js';
import { Plan } from '../people/index.js';

/**
 * One annual review meeting of a plan: when it met, the council's decision and, for an amendment, the
 * notice and the final amended plan (the statutory timeline derives each step's deadline), and what
 * health it covered.
 */
@Entity()
@ObjectType({ description: "An annual review of a plan: the meeting and the council's decision" })
export class AnnualReview extends LocalAuthorityRecord {
  @Field(() => Plan)
  @ManyToOne(() => Plan, { ref: true, deleteRule: 'cascade' })
  @Index()
  plan!: Ref<Plan>;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  meetingDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Maintain, amend or cease: due within 4 weeks of the meeting' })
  @Property({ type: 'date', nullable: true })
  decisionDate?: string | null;

  @Field(() => AnnualReviewDecision, { nullable: true })
  @Enum({ items: () => AnnualReviewDecision, nullable: true })
  decision?: AnnualReviewDecision | null;

  @Field(() => String, { nullable: true, description: 'Why the plan is to cease' })
  @Property({ type: 'text', nullable: true })
  ceaseReason?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The proposed amendments went to the family' })
  @Property({ type: 'date', nullable: true })
  amendmentNoticeOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The final amended plan was issued: due within 12 weeks of the meeting' })
  @Property({ type: 'date', nullable: true })
  amendedPlanOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the learning-disability annual health check was discussed; unset where not recorded' })
  @Property({ type: 'boolean', nullable: true })
  healthCheckDiscussed?: boolean | null;
}
