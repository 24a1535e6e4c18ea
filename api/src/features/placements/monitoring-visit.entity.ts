import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { Rag, VisitStatus } from './enums.js';
import { Placement } from './placement.entity.js';

/** The areas every monitoring visit rates, in the order the visit form walks through them. */
export const VISIT_AREAS = ['safeguarding', 'provisionDelivered', 'outcomesProgress', 'attendance', 'voiceAndWellbeing', 'valueForMoney'] as const;
export type VisitArea = (typeof VISIT_AREAS)[number];

@Entity()
@ObjectType({ description: 'A commissioner\'s monitoring visit to a placement, planned or done' })
export class MonitoringVisit extends LocalAuthorityRecord {
  @ManyToOne(() => Placement, { ref: true, deleteRule: 'cascade' })
  @Index()
  placement!: Ref<Placement>;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  visitDate!: string;

  @Field(() => VisitStatus)
  @Enum({ items: () => VisitStatus })
  status!: VisitStatus;

  @Field(() => String, { description: 'The officer who visits' })
  @Property({ type: 'string', length: 200 })
  officer!: string;

  @Field(() => Rag, { nullable: true, description: 'Safeguarding' })
  @Enum({ items: () => Rag, nullable: true })
  safeguarding?: Rag | null;

  @Field(() => Rag, { nullable: true, description: 'Provision in section F delivered as specified' })
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
  voiceAndWellbeing?: Rag | null;

  @Field(() => Rag, { nullable: true })
  @Enum({ items: () => Rag, nullable: true })
  valueForMoney?: Rag | null;

  @Field(() => Rag, { nullable: true })
  @Enum({ items: () => Rag, nullable: true })
  overallRag?: Rag | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  findings?: string | null;
}
