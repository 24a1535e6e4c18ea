import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Plan } from './plan.entity.js';

/** One annual review meeting of a plan: when it met, when the council decided, and what health it covered. */
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

  @Field(() => Boolean, { nullable: true, description: 'Whether the learning-disability annual health check was discussed; unset where not recorded' })
  @Property({ type: 'boolean', nullable: true })
  healthCheckDiscussed?: boolean | null;
}
