import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { CommissionedOutcome } from './commissioned-outcome.entity.js';
import { OutcomeJudgement } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';

@Entity()
@ObjectType({ description: 'A review, at a monitoring visit, of one commissioned outcome' })
export class OutcomeReview extends LocalAuthorityRecord {
  @ManyToOne(() => MonitoringVisit, { ref: true, deleteRule: 'cascade' })
  @Index()
  visit!: Ref<MonitoringVisit>;

  @ManyToOne(() => CommissionedOutcome, { ref: true, deleteRule: 'cascade' })
  @Index()
  outcome!: Ref<CommissionedOutcome>;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  reviewDate!: string;

  @Field(() => OutcomeJudgement)
  @Enum({ items: () => OutcomeJudgement })
  judgement!: OutcomeJudgement;

  @Field(() => String)
  @Property({ type: 'text' })
  evidence!: string;
}
