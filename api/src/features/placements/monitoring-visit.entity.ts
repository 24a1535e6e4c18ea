import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Rag, VisitStatus } from './enums.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { Placement } from './placement.entity.js';
import { VisitAction } from './visit-action.entity.js';

/** A commissioner's visit to a child's placement, rating each area the contract monitors. */
@Entity()
@ObjectType({ description: 'A monitoring visit to a placement, rated red, amber or green in each area' })
export class MonitoringVisit extends LocalAuthorityRecord {
  @Field(() => Placement)
  @ManyToOne(() => Placement, { ref: true, deleteRule: 'cascade' })
  @Index()
  placement!: Ref<Placement>;

  @Field(() => VisitStatus)
  @Enum({ items: () => VisitStatus })
  status: VisitStatus & Opt = VisitStatus.PLANNED;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  visitDate!: string;

  @Field(() => String, { description: 'The officer who visits' })
  @Property({ type: 'string', length: 200 })
  officer!: string;

  @Field(() => Rag, { nullable: true, description: 'Safeguarding' })
  @Enum({ items: () => Rag, nullable: true })
  safeguarding?: Rag | null;

  @Field(() => Rag, { nullable: true, description: 'The provision in section F delivered as specified' })
  @Enum({ items: () => Rag, nullable: true })
  provisionDelivered?: Rag | null;

  @Field(() => Rag, { nullable: true, description: 'Progress towards the commissioned outcomes' })
  @Enum({ items: () => Rag, nullable: true })
  outcomesProgress?: Rag | null;

  @Field(() => Rag, { nullable: true })
  @Enum({ items: () => Rag, nullable: true })
  attendance?: Rag | null;

  @Field(() => Rag, { nullable: true, description: "The child's voice and wellbeing" })
  @Enum({ items: () => Rag, nullable: true })
  childVoice?: Rag | null;

  @Field(() => Rag, { nullable: true })
  @Enum({ items: () => Rag, nullable: true })
  valueForMoney?: Rag | null;

  @Field(() => Rag, { nullable: true })
  @Enum({ items: () => Rag, nullable: true })
  overall?: Rag | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  findings?: string | null;

  @Field(() => [VisitAction])
  @OneToMany(() => VisitAction, (action) => action.visit, { orderBy: { dueDate: 'asc', id: 'asc' } })
  actions = new Collection<VisitAction>(this);

  @Field(() => [OutcomeReview])
  @OneToMany(() => OutcomeReview, (review) => review.visit)
  outcomeReviews = new Collection<OutcomeReview>(this);
}
