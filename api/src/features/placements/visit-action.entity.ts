import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthorityRecord } from '../../core/tenancy/local-authority-record.js';
import { VisitActionStatus } from './enums.js';
import { MonitoringVisit } from './monitoring-visit.entity.js';

@Entity()
@ObjectType({ description: 'An action a monitoring visit agreed, with its owner and due date' })
export class VisitAction extends LocalAuthorityRecord {
  @Field(() => MonitoringVisit)
  @ManyToOne(() => MonitoringVisit, { ref: true, deleteRule: 'cascade' })
  @Index()
  visit!: Ref<MonitoringVisit>;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Who will do it (the provider, the commissioner, the caseworker)' })
  @Property({ type: 'string', length: 200 })
  owner!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  dueDate!: string;

  @Field(() => VisitActionStatus)
  @Enum({ items: () => VisitActionStatus })
  status: VisitActionStatus & Opt = VisitActionStatus.OPEN;
}
