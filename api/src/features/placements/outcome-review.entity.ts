import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { OutcomeProgress } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';

@Entity()
@ObjectType({ description: 'A judgement of where a commissioned outcome stands, with its evidence' })
export class OutcomeReview extends LocalAuthorityRecord {
  @Field(() => CommissionedOutcome)
  @ManyToOne(() => CommissionedOutcome, { ref: true, deleteRule: 'cascade' })
  @Index()
  outcome!: Ref<CommissionedOutcome>;

  /** The visit it was reviewed at, if it was (outcomes are also reviewed at annual reviews). */
  @Field(() => MonitoringVisit, { nullable: true })
  @ManyToOne(() => MonitoringVisit, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  visit?: Ref<MonitoringVisit> | null;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  reviewedOn!: string;

  @Field(() => OutcomeProgress)
  @Enum({ items: () => OutcomeProgress })
  progress!: OutcomeProgress;

  @Field(() => String)
  @Property({ type: 'text' })
  evidence!: string;
}
