import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../../core/auth/user.entity.js';
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

  @Field(() => String, { nullable: true, description: 'Who will do it, when outside the system (the provider, a caseworker); else ownerUser' })
  @Property({ type: 'string', length: 200, nullable: true })
  owner?: string | null;

  @Field(() => User, { nullable: true, description: 'Who will do it: a user who may change visit actions' })
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  ownerUser?: Ref<User> | null;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  @Index()
  dueDate!: string;

  @Field(() => VisitActionStatus)
  @Enum({ items: () => VisitActionStatus })
  status: VisitActionStatus & Opt = VisitActionStatus.OPEN;
}
